import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { DeliverableStatus, SignOffDecision } from '@portal/domain';
import { Fragment, useState } from 'react';

import { useCurrentUser } from '../auth/current-user.context';
import { formatCalendarDate } from '../common/calendar-date';
import { pluralize } from '../common/pluralize';
import { DownloadButton } from '../evidence/download-button.component';
import type { DeliverableFieldsFragment } from '../gql/graphql';
import { DELIVERABLE_TYPE_LABELS } from './deliverable.labels';
import { DeliverableHistory } from './deliverable-history.component';
import { isOverdue } from './deliverable-overdue';
import { DeliverableStatusBadge } from './deliverable-status-badge.component';
import { SIGN_OFF_ROLES, SUBMIT_DELIVERABLE_ROLES } from './delivery-permissions';
import { SignOffModal } from './sign-off-modal.component';
import { SubmitDeliverableModal } from './submit-deliverable-modal.component';

interface DeliverablesSectionProps {
  deliverables: readonly DeliverableFieldsFragment[];
  today: string;
  csvPath: string;
}

export function DeliverablesSection({ deliverables, today, csvPath }: DeliverablesSectionProps) {
  const { role } = useCurrentUser();
  const [submitting, setSubmitting] = useState<DeliverableFieldsFragment | null>(null);
  const [signingOff, setSigningOff] = useState<{
    deliverable: DeliverableFieldsFragment;
    decision: SignOffDecision;
  } | null>(null);
  const [openHistory, setOpenHistory] = useState<string | null>(null);
  const overdueCount = deliverables.filter((deliverable) => isOverdue(deliverable, today)).length;
  const canSubmit = SUBMIT_DELIVERABLE_ROLES.includes(role);
  const canSignOff = SIGN_OFF_ROLES.includes(role);

  return (
    <Stack component="section" aria-labelledby="deliverables-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="deliverables-title">
          Deliverables
        </Title>
        <DownloadButton downloadPath={csvPath} fileName="deliverables.csv" label="Download CSV" />
      </Group>
      {deliverables.length === 0 ? (
        <Text c="dimmed">No deliverables have been planned yet.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {pluralize(deliverables.length, 'deliverable')}, {overdueCount} overdue
          </Text>
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Deliverable</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Milestone</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Pinned version</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliverables.map((deliverable) => {
                  const overdue = isOverdue(deliverable, today);
                  const historyOpen = openHistory === deliverable.id;

                  return (
                    <Fragment key={deliverable.id}>
                      <Table.Tr
                        data-testid={`deliverable-${deliverable.id}`}
                        aria-label={deliverable.title}
                        bg={overdue ? 'var(--mantine-color-red-light)' : undefined}
                      >
                        <Table.Td fw={500}>{deliverable.title}</Table.Td>
                        <Table.Td>{DELIVERABLE_TYPE_LABELS[deliverable.type]}</Table.Td>
                        <Table.Td>{deliverable.milestone?.title ?? '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatCalendarDate(deliverable.dueDate)}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <DeliverableStatusBadge status={deliverable.status} />
                            {overdue && (
                              <Badge color="red" variant="filled">
                                Overdue
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {deliverable.pinnedVersion ? (
                            <Anchor
                              href={deliverable.pinnedVersion.url}
                              target="_blank"
                              rel="noreferrer"
                              ff="monospace"
                              size="sm"
                            >
                              {deliverable.pinnedVersion.value}
                            </Anchor>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            {canSubmit && deliverable.status !== DeliverableStatus.ACCEPTED && (
                              <Button
                                size="xs"
                                variant="light"
                                onClick={() => setSubmitting(deliverable)}
                              >
                                {deliverable.status === DeliverableStatus.SUBMITTED
                                  ? 'Submit new version'
                                  : 'Submit'}
                              </Button>
                            )}
                            {canSignOff && deliverable.status === DeliverableStatus.SUBMITTED && (
                              <>
                                <Button
                                  size="xs"
                                  color="green"
                                  onClick={() =>
                                    setSigningOff({
                                      deliverable,
                                      decision: SignOffDecision.ACCEPTED,
                                    })
                                  }
                                >
                                  Accept
                                </Button>
                                <Button
                                  size="xs"
                                  color="orange"
                                  variant="light"
                                  onClick={() =>
                                    setSigningOff({
                                      deliverable,
                                      decision: SignOffDecision.CHANGES_REQUESTED,
                                    })
                                  }
                                >
                                  Request changes
                                </Button>
                              </>
                            )}
                            <Button
                              size="xs"
                              variant="subtle"
                              aria-expanded={historyOpen}
                              onClick={() => setOpenHistory(historyOpen ? null : deliverable.id)}
                            >
                              History
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                      {historyOpen && (
                        <Table.Tr>
                          <Table.Td colSpan={7}>
                            <DeliverableHistory history={deliverable.statusHistory} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <SubmitDeliverableModal deliverable={submitting} onClose={() => setSubmitting(null)} />
      <SignOffModal
        deliverable={signingOff?.deliverable ?? null}
        decision={signingOff?.decision ?? SignOffDecision.ACCEPTED}
        onClose={() => setSigningOff(null)}
      />
    </Stack>
  );
}
