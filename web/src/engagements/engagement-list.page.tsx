import { useQuery } from '@apollo/client/react';
import { Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { LoadMore } from '../common/load-more.component';
import { notifyError } from '../common/notify-error';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import type { EngagementFilter } from '../gql/graphql';
import { engagementListQuery } from './engagement.documents';
import { EngagementFilters, type EngagementFilterValues } from './engagement-filters.component';
import { EngagementTable } from './engagement-table.component';

const PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;

function toFilter({ search, status, serviceLine }: EngagementFilterValues): EngagementFilter {
  return {
    ...(search.trim() && { search: search.trim() }),
    ...(status && { status }),
    ...(serviceLine && { serviceLine }),
  };
}

export function EngagementListPage() {
  const [filterValues, setFilterValues] = useState<EngagementFilterValues>({
    search: '',
    status: null,
    serviceLine: null,
  });
  const [debouncedSearch] = useDebouncedValue(filterValues.search, SEARCH_DEBOUNCE_MS);
  const filter = toFilter({ ...filterValues, search: debouncedSearch });

  const { data, previousData, error, loading, fetchMore } = useQuery(engagementListQuery, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = (data ?? previousData)?.engagements;
  const engagements = connection?.edges.map((edge) => edge.node) ?? [];

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
      <PageHeader title="Engagements" />
      <EngagementFilters values={filterValues} onChange={setFilterValues} />
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <PageLoader label="Loading engagements" />}
      {connection && (
        <Paper withBorder radius="md" p="md" aria-busy={loading}>
          {engagements.length > 0 ? (
            <EngagementTable engagements={engagements} />
          ) : (
            <Text c="dimmed">
              {Object.keys(filter).length > 0
                ? 'No engagements match these filters.'
                : 'No engagements to show yet.'}
            </Text>
          )}
          <LoadMore
            shown={engagements.length}
            totalCount={connection.totalCount}
            noun="engagement"
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore()}
          />
        </Paper>
      )}
    </>
  );
}
