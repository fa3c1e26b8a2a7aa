import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { OverAllocationBadge } from '../assignments/over-allocation-badge.component';
import { ErrorAlert } from '../common/error-alert.component';
import { LoadMore } from '../common/load-more.component';
import { notifyError } from '../common/notify-error';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import type { EngineerFilter } from '../gql/graphql';
import { engineerListQuery } from './engineer.documents';
import { SENIORITY_LABELS } from './engineer.labels';
import { EngineerFilters, type EngineerFilterValues } from './engineer-filters.component';
import { SkillBadges } from './skill-badges.component';

const PAGE_SIZE = 20;
const TYPING_DEBOUNCE_MS = 300;

function toFilter({ search, skill, seniority }: EngineerFilterValues): EngineerFilter {
  return {
    ...(search.trim() && { search: search.trim() }),
    ...(skill.trim() && { skill: skill.trim() }),
    ...(seniority && { seniority }),
  };
}

export function EngineerListPage() {
  const [filterValues, setFilterValues] = useState<EngineerFilterValues>({
    search: '',
    skill: '',
    seniority: null,
  });
  const [debouncedSearch] = useDebouncedValue(filterValues.search, TYPING_DEBOUNCE_MS);
  const [debouncedSkill] = useDebouncedValue(filterValues.skill, TYPING_DEBOUNCE_MS);
  const filter = toFilter({ ...filterValues, search: debouncedSearch, skill: debouncedSkill });

  const { data, previousData, error, loading, fetchMore } = useQuery(engineerListQuery, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = (data ?? previousData)?.engineers;
  const engineers = connection?.edges.map((edge) => edge.node) ?? [];

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
      <PageHeader title="Engineers" />
      <EngineerFilters values={filterValues} onChange={setFilterValues} />
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <PageLoader label="Loading engineers" />}
      {connection && (
        <Paper withBorder radius="md" p="md" aria-busy={loading}>
          {engineers.length > 0 ? (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Seniority</Table.Th>
                    <Table.Th>Location</Table.Th>
                    <Table.Th>Skills</Table.Th>
                    <Table.Th>Capacity</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {engineers.map((engineer) => (
                    <Table.Tr key={engineer.id}>
                      <Table.Td fw={500}>{engineer.fullName}</Table.Td>
                      <Table.Td>{SENIORITY_LABELS[engineer.seniority]}</Table.Td>
                      <Table.Td>{engineer.location}</Table.Td>
                      <Table.Td>
                        <SkillBadges skills={engineer.skills} />
                      </Table.Td>
                      <Table.Td>
                        {engineer.peakAllocationPercent !== null &&
                        engineer.peakAllocationPercent !== undefined ? (
                          <Stack gap={4} align="flex-start">
                            <Text size="sm">Peak {engineer.peakAllocationPercent}%</Text>
                            <OverAllocationBadge periods={engineer.overAllocations} />
                          </Stack>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text c="dimmed">No engineers match these filters.</Text>
          )}
          <LoadMore
            shown={engineers.length}
            totalCount={connection.totalCount}
            noun="engineer"
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore()}
          />
        </Paper>
      )}
    </>
  );
}
