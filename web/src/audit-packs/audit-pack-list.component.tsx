import { useQuery } from '@apollo/client/react';
import { Paper, Text, Title } from '@mantine/core';

import { ErrorAlert } from '../common/error-alert.component';
import { PageLoader } from '../common/page-loader.component';
import { auditPacksQuery } from './audit-pack.documents';
import { AuditPackTable } from './audit-pack-table.component';

interface AuditPackListProps {
  engagementId: string;
  /** Shown when there is no pack yet, e.g. a hint on how to make one. */
  emptyMessage: string;
}

/** The engagement's latest packs the signed-in user may see, refreshed on every visit. */
export function AuditPackList({ engagementId, emptyMessage }: AuditPackListProps) {
  const { data, error } = useQuery(auditPacksQuery, {
    variables: { engagementId },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="audit-pack-list">
      <Title order={2} size="h3" id="audit-pack-list" mb="sm">
        Packs
      </Title>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <PageLoader label="Loading audit packs" />}
      {data &&
        (data.auditPacks.length > 0 ? (
          <AuditPackTable packs={data.auditPacks} />
        ) : (
          <Text c="dimmed">{emptyMessage}</Text>
        ))}
    </Paper>
  );
}
