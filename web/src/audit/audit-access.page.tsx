import { Alert, Text } from '@mantine/core';

import { PageHeader } from '../common/page-header.component';

/**
 * Auditors will reach an engagement only through an audit grant (engagement, frameworks and
 * period, until it expires). Grants do not exist in the API yet, so there is nothing to list.
 */
export function AuditAccessPage() {
  return (
    <>
      <PageHeader title="Audit access" />
      <Alert color="blue" variant="light" title="No audit grants yet" maw={640}>
        <Text size="sm">
          As an auditor you see an engagement only through an audit grant from the client: one
          engagement, the frameworks in scope and an audit period, until the grant expires.
        </Text>
        <Text size="sm" mt="xs">
          Audit grants are not available in the portal yet, so there is nothing to show here. They
          are coming in a later release.
        </Text>
      </Alert>
    </>
  );
}
