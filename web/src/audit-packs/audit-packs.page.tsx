import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { AuditGrantsSection } from '../audit-grants/audit-grants-section.component';
import { useCurrentUser } from '../auth/current-user.context';
import { ErrorAlert } from '../common/error-alert.component';
import { hasErrorCode } from '../common/graphql-errors';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import { auditPackEngagementQuery } from './audit-pack.documents';
import { AuditPackList } from './audit-pack-list.component';
import { AUDIT_GRANT_ROLES, AUDIT_PACK_EXPORT_ROLES } from './audit-pack-permissions';
import { ExportAuditPackForm } from './export-audit-pack-form.component';
import { SigningKeyPanel } from './signing-key-panel.component';

/**
 * An engagement's audit packs: compliance officers and agency admins export packs and manage
 * auditors' access here; everyone else who sees the engagement reads and downloads the packs.
 */
export function AuditPacksPage() {
  const { engagementId = '' } = useParams();
  const { role } = useCurrentUser();
  const { data, error } = useQuery(auditPackEngagementQuery, { variables: { id: engagementId } });

  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <>
        <PageHeader title="Engagement not found" />
        <Text mb="md">This engagement does not exist, or it is not shared with you.</Text>
        <Anchor component={Link} to="/engagements" size="sm">
          ← All engagements
        </Anchor>
      </>
    );
  }

  if (error) return <ErrorAlert error={error} />;

  if (!data) return <PageLoader label="Loading audit packs" />;

  const { engagement } = data;
  const canExport = AUDIT_PACK_EXPORT_ROLES.includes(role);
  const canGrant = AUDIT_GRANT_ROLES.includes(role);

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to={`/engagements/${engagement.id}`} size="sm">
          ← {engagement.name}
        </Anchor>
        <PageHeader title="Audit packs">
          <Text c="dimmed">
            {engagement.name}
            {engagement.client && ` · ${engagement.client.name}`}
          </Text>
        </PageHeader>
      </div>

      {canExport &&
        (engagement.frameworks.length > 0 ? (
          <ExportAuditPackForm engagementId={engagement.id} frameworks={engagement.frameworks} />
        ) : (
          <Alert color="blue" variant="light" title="No framework in scope yet">
            A pack covers frameworks in the engagement&apos;s scope. Choose them on the{' '}
            <Anchor component={Link} to={`/engagements/${engagement.id}/compliance`}>
              compliance page
            </Anchor>{' '}
            first.
          </Alert>
        ))}

      <AuditPackList
        engagementId={engagement.id}
        emptyMessage={
          canExport
            ? 'No pack yet. Export one above.'
            : 'No pack yet. A compliance officer exports packs for the auditors.'
        }
      />

      <SigningKeyPanel />

      {canGrant && (
        <AuditGrantsSection engagementId={engagement.id} frameworks={engagement.frameworks} />
      )}
    </Stack>
  );
}
