import { useQuery } from '@apollo/client/react';
import { Divider, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';

import type { FrameworkOption } from '../audit-packs/framework-option';
import { ErrorAlert } from '../common/error-alert.component';
import { PageLoader } from '../common/page-loader.component';
import { auditGrantsQuery } from './audit-grant.documents';
import { AuditGrantTable } from './audit-grant-table.component';
import { GrantAuditAccessForm } from './grant-audit-access-form.component';
import { RevokeAuditGrantModal } from './revoke-audit-grant-modal.component';

interface AuditGrantsSectionProps {
  engagementId: string;
  frameworks: readonly FrameworkOption[];
}

/** Who may audit this engagement: the grants, a form for a new one, and revoking. */
export function AuditGrantsSection({ engagementId, frameworks }: AuditGrantsSectionProps) {
  const { data, error } = useQuery(auditGrantsQuery, {
    variables: { engagementId },
    fetchPolicy: 'cache-and-network',
  });
  const [revoking, setRevoking] = useState<{ id: string; auditorName: string } | null>(null);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="auditor-access">
      <Title order={2} size="h3" id="auditor-access" mb={4}>
        Auditor access
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        An auditor reads only the frameworks granted, sees packs within the audit period and
        downloads them until access expires. What they view and download is recorded.
      </Text>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <PageLoader label="Loading audit grants" />}
      {data &&
        (data.auditGrants.length > 0 ? (
          <AuditGrantTable grants={data.auditGrants} onRevoke={setRevoking} />
        ) : (
          <Text c="dimmed">No auditor has access yet.</Text>
        ))}
      {frameworks.length > 0 && (
        <>
          <Divider my="md" />
          <GrantAuditAccessForm engagementId={engagementId} frameworks={frameworks} />
        </>
      )}
      <RevokeAuditGrantModal grant={revoking} onClose={() => setRevoking(null)} />
    </Paper>
  );
}
