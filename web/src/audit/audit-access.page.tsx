import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { myAuditGrantsQuery } from '../audit-grants/audit-grant.documents';
import { namedFrameworks } from '../audit-grants/framework-names';
import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { ErrorAlert } from '../common/error-alert.component';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';

/**
 * An auditor reaches an engagement only through an audit grant from the client: one engagement,
 * some frameworks and an audit period, until the grant expires. Only active grants are listed.
 */
export function AuditAccessPage() {
  const { data, error } = useQuery(myAuditGrantsQuery, { fetchPolicy: 'cache-and-network' });

  if (error) return <ErrorAlert error={error} />;

  if (!data) return <PageLoader label="Loading your audit access" />;

  const grants = data.myAuditGrants;

  return (
    <>
      <PageHeader title="Audit access" />
      {grants.length === 0 ? (
        <Alert color="blue" variant="light" title="No active audit grant" maw={640}>
          <Text size="sm">
            A client gives you access to one engagement, the frameworks under audit and an audit
            period, until a date it chooses. When it does, the engagement appears here.
          </Text>
        </Alert>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" aria-label="Audit grants">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Engagement</Table.Th>
                  <Table.Th>Frameworks</Table.Th>
                  <Table.Th>Audit period</Table.Th>
                  <Table.Th>Access expires</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grants.map((grant) => (
                  <Table.Tr key={grant.id}>
                    <Table.Td>
                      {grant.engagement ? (
                        <Anchor component={Link} to={`/audit/${grant.engagement.id}`} fw={600}>
                          {grant.engagement.name}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {namedFrameworks(grant.frameworks, data.frameworkCatalogs).map((item) => (
                          <Badge key={item.framework} variant="outline" tt="none" title={item.name}>
                            {item.framework}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatCalendarDate(grant.periodFrom)} – {formatCalendarDate(grant.periodTo)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(grant.expiresAt)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}
