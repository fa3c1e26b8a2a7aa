import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { fetchAllPages } from '../common/fetch-all-pages';
import type { FrameworkKey } from '../gql/graphql';
import { requirementOptionsQuery } from './requirement.documents';

const PAGE_SIZE = 100;

export interface RequirementOption {
  id: string;
  framework: FrameworkKey;
  reference: string;
  title: string;
}

interface RequirementOptionsState {
  options: RequirementOption[];
  loading: boolean;
  error: unknown;
}

/**
 * Every in-scope requirement of the given frameworks, for pickers. Fetched past the cache so
 * these pages do not mix with the paginated matrix that shares the field.
 */
export function useRequirementOptions(
  engagementId: string,
  frameworks: readonly FrameworkKey[],
): RequirementOptionsState {
  const client = useApolloClient();
  const [state, setState] = useState<RequirementOptionsState>({
    options: [],
    loading: true,
    error: null,
  });
  const frameworkList = frameworks.join(',');

  useEffect(() => {
    let cancelled = false;
    const keys = frameworkList ? (frameworkList.split(',') as FrameworkKey[]) : [];

    const loadFramework = (framework: FrameworkKey) =>
      fetchAllPages<RequirementOption>(async (after) => {
        const { data } = await client.query({
          query: requirementOptionsQuery,
          variables: { engagementId, framework, first: PAGE_SIZE, after },
          fetchPolicy: 'no-cache',
        });
        const connection = data?.engagementRequirements;

        return {
          nodes: connection?.edges.map((edge) => edge.node) ?? [],
          endCursor: connection?.pageInfo.endCursor ?? null,
          hasNextPage: connection?.pageInfo.hasNextPage ?? false,
        };
      });

    setState((previous) => ({ ...previous, loading: true, error: null }));
    Promise.all(keys.map(loadFramework))
      .then((lists) => {
        if (!cancelled) setState({ options: lists.flat(), loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ options: [], loading: false, error });
      });

    return () => {
      cancelled = true;
    };
  }, [client, engagementId, frameworkList]);

  return state;
}
