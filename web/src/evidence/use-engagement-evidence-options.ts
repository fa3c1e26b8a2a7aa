import { useApolloClient } from '@apollo/client/react';
import type { EvidenceKind } from '@portal/domain';
import { useCallback, useEffect, useState } from 'react';

import { fetchAllPages } from '../common/fetch-all-pages';
import { engagementEvidenceOptionsQuery } from './evidence.documents';

const PAGE_SIZE = 100;

export interface EvidenceOption {
  id: string;
  title: string;
  kind: EvidenceKind;
  withdrawnAt: string | null;
}

interface EvidenceOptionsState {
  options: EvidenceOption[];
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/** Every evidence of an engagement, for the "link existing evidence" picker. */
export function useEngagementEvidenceOptions(engagementId: string): EvidenceOptionsState {
  const client = useApolloClient();
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<EvidenceOptionsState, 'reload'>>({
    options: [],
    loading: true,
    error: null,
  });

  useEffect(() => {
    let cancelled = false;

    setState((previous) => ({ ...previous, loading: true, error: null }));
    fetchAllPages<EvidenceOption>(async (after) => {
      const { data } = await client.query({
        query: engagementEvidenceOptionsQuery,
        variables: { engagementId, first: PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      const connection = data?.engagementEvidence;

      return {
        nodes: connection?.edges.map((edge) => edge.node) ?? [],
        endCursor: connection?.pageInfo.endCursor ?? null,
        hasNextPage: connection?.pageInfo.hasNextPage ?? false,
      };
    })
      .then((options) => {
        if (!cancelled) setState({ options, loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ options: [], loading: false, error });
      });

    return () => {
      cancelled = true;
    };
  }, [client, engagementId, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return { ...state, reload };
}
