import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { LoadMore } from '../common/load-more.component';
import { notifyError } from '../common/notify-error';
import { PageLoader } from '../common/page-loader.component';
import type { FrameworkKey, RequirementFilter } from '../gql/graphql';
import { engagementRequirementsQuery } from './requirement.documents';
import { RequirementFilters, type RequirementFilterValues } from './requirement-filters.component';
import { RequirementTable } from './requirement-table.component';

const PAGE_SIZE = 25;
const SEARCH_DEBOUNCE_MS = 300;

interface RequirementMatrixProps {
  engagementId: string;
  framework: FrameworkKey;
  onOpen: (requirementId: string) => void;
}

function toFilter({ search, status, evidenceStatus }: RequirementFilterValues): RequirementFilter {
  return {
    ...(search.trim() && { search: search.trim() }),
    ...(status && { status }),
    ...(evidenceStatus && { evidenceStatus }),
  };
}

/** Filters, the requirement table and "Load more" for one framework in scope. */
export function RequirementMatrix({ engagementId, framework, onOpen }: RequirementMatrixProps) {
  const [filterValues, setFilterValues] = useState<RequirementFilterValues>({
    search: '',
    status: null,
    evidenceStatus: null,
  });
  const [debouncedSearch] = useDebouncedValue(filterValues.search, SEARCH_DEBOUNCE_MS);
  const filter = toFilter({ ...filterValues, search: debouncedSearch });

  const { data, previousData, error, loading, fetchMore } = useQuery(engagementRequirementsQuery, {
    variables: { engagementId, framework, filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = (data ?? previousData)?.engagementRequirements;
  const requirements = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection?.pageInfo.endCursor } });
    } catch (fetchError) {
      notifyError(fetchError);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <RequirementFilters values={filterValues} onChange={setFilterValues} />
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <PageLoader label="Loading requirements" />}
      {connection && (
        <div aria-busy={loading}>
          {requirements.length > 0 ? (
            <RequirementTable requirements={requirements} onOpen={onOpen} />
          ) : (
            <Text c="dimmed">
              {Object.keys(filter).length > 0
                ? 'No requirement matches these filters.'
                : 'This framework has no requirements in scope.'}
            </Text>
          )}
          <LoadMore
            shown={requirements.length}
            totalCount={connection.totalCount}
            noun="requirement"
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore()}
          />
        </div>
      )}
    </>
  );
}
