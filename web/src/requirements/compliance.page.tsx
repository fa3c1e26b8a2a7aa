import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorAlert } from '../common/error-alert.component';
import { hasErrorCode } from '../common/graphql-errors';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import {
  AddEvidenceButtons,
  AddEvidenceModals,
  type AddEvidenceRequest,
} from '../evidence/add-evidence.component';
import { useRefreshEvidenceViews } from '../evidence/use-refresh-evidence-views';
import { useCompliancePermissions } from './compliance-permissions';
import { CoverageOverview } from './coverage-overview.component';
import { FrameworkScopeEditor } from './framework-scope-editor.component';
import { engagementComplianceQuery } from './requirement.documents';
import { RequirementDrawer } from './requirement-drawer.component';
import { RequirementMatrix } from './requirement-matrix.component';

/** The framework tab and the open requirement live in the address, so both survive a reload. */
const FRAMEWORK_PARAM = 'framework';
const REQUIREMENT_PARAM = 'requirement';

export function CompliancePage() {
  const { engagementId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const permissions = useCompliancePermissions();
  const refresh = useRefreshEvidenceViews();
  const [addRequest, setAddRequest] = useState<AddEvidenceRequest | null>(null);
  const { data, error } = useQuery(engagementComplianceQuery, { variables: { id: engagementId } });

  const updateParam = (name: string, value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);

        return next;
      },
      { replace: name === FRAMEWORK_PARAM },
    );

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

  if (!data) return <PageLoader label="Loading compliance" />;

  const { engagement } = data;
  const frameworks = engagement.frameworks;
  const requested = searchParams.get(FRAMEWORK_PARAM);
  const activeFramework =
    frameworks.find((item) => item.framework === requested)?.framework ?? frameworks[0]?.framework;

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to={`/engagements/${engagement.id}`} size="sm">
          ← {engagement.name}
        </Anchor>
        <PageHeader title="Compliance">
          <Text c="dimmed">
            {engagement.name}
            {engagement.client && ` · ${engagement.client.name}`}
          </Text>
        </PageHeader>
        {permissions.canAddEvidence && (
          <AddEvidenceButtons onChoose={(kind) => setAddRequest({ kind, requirementIds: [] })} />
        )}
      </div>

      {frameworks.length > 0 ? (
        <CoverageOverview frameworks={frameworks} />
      ) : (
        <Alert color="blue" variant="light" title="No framework in scope yet">
          {permissions.canScopeFrameworks
            ? 'Choose the frameworks this engagement is assessed against below.'
            : 'A compliance officer or the account lead chooses the frameworks this engagement is assessed against.'}
        </Alert>
      )}

      {permissions.canScopeFrameworks && (
        <FrameworkScopeEditor
          engagementId={engagement.id}
          inScope={frameworks.map((item) => item.framework)}
          onSaved={() => void refresh()}
        />
      )}

      {frameworks.length > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-label="Requirements">
          <Tabs
            value={activeFramework}
            onChange={(value) => updateParam(FRAMEWORK_PARAM, value)}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {frameworks.map((item) => (
                <Tabs.Tab key={item.framework} value={item.framework}>
                  {item.name}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {frameworks.map((item) => (
              <Tabs.Panel key={item.framework} value={item.framework}>
                <RequirementMatrix
                  engagementId={engagement.id}
                  framework={item.framework}
                  onOpen={(requirementId) => updateParam(REQUIREMENT_PARAM, requirementId)}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
      )}

      <RequirementDrawer
        requirementId={searchParams.get(REQUIREMENT_PARAM)}
        engagementId={engagement.id}
        clientId={engagement.client?.id ?? null}
        agencyId={engagement.accountLead?.organization?.id ?? null}
        permissions={permissions}
        onClose={() => updateParam(REQUIREMENT_PARAM, null)}
        onAddEvidence={(kind, requirementIds) => setAddRequest({ kind, requirementIds })}
      />

      <AddEvidenceModals
        engagementId={engagement.id}
        request={addRequest}
        onClose={() => setAddRequest(null)}
        onAdded={() => void refresh()}
      />
    </Stack>
  );
}
