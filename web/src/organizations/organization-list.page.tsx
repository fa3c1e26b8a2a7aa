import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { LoadMore } from '../common/load-more.component';
import { notifyError } from '../common/notify-error';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import { organizationListQuery } from './organization.documents';
import { ORGANIZATION_KIND_COLORS, ORGANIZATION_KIND_LABELS } from './organization.labels';

const PAGE_SIZE = 20;

export function OrganizationListPage() {
  const { data, error, loading, fetchMore } = useQuery(organizationListQuery, {
    variables: { first: PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = data?.organizations;
  const organizations = connection?.edges.map((edge) => edge.node) ?? [];

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
      <PageHeader title="Organizations" />
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <PageLoader label="Loading organizations" />}
      {connection && (
        <Paper withBorder radius="md" p="md">
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Sector</Table.Th>
                  <Table.Th>Regulations</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((organization) => (
                  <Table.Tr key={organization.id}>
                    <Table.Td fw={500}>{organization.name}</Table.Td>
                    <Table.Td>
                      <Badge color={ORGANIZATION_KIND_COLORS[organization.kind]} variant="light">
                        {ORGANIZATION_KIND_LABELS[organization.kind]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{organization.sector ?? '—'}</Table.Td>
                    <Table.Td>
                      {organization.regulations.length > 0 ? (
                        <Group gap={4}>
                          {organization.regulations.map((regulation) => (
                            <Badge key={regulation} variant="outline" size="sm" tt="none">
                              {regulation}
                            </Badge>
                          ))}
                        </Group>
                      ) : (
                        <Text span c="dimmed" size="sm">
                          None
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            shown={organizations.length}
            totalCount={connection.totalCount}
            noun="organization"
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore()}
          />
        </Paper>
      )}
    </>
  );
}
