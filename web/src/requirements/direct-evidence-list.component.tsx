import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { notifyError } from '../common/notify-error';
import { unlinkEvidenceMutation } from '../evidence/evidence.documents';
import { EVIDENCE_KIND_LABELS } from '../evidence/evidence.labels';
import { FreshnessBadge } from '../evidence/freshness-badge.component';
import { ReviewDecisionBadge } from '../evidence/review-decision-badge.component';
import { useRefreshEvidenceViews } from '../evidence/use-refresh-evidence-views';
import type { RequirementDetailQuery } from '../gql/graphql';

type Requirement = RequirementDetailQuery['engagementRequirement'];

/** Evidence linked to the requirement itself, with a way to detach it. */
export function DirectEvidenceList({
  requirement,
  canUnlink,
}: {
  requirement: Requirement;
  canUnlink: boolean;
}) {
  const refresh = useRefreshEvidenceViews();
  const [unlink, { loading }] = useMutation(unlinkEvidenceMutation);

  const handleUnlink = async (evidenceId: string) => {
    try {
      await unlink({ variables: { input: { evidenceId, requirementIds: [requirement.id] } } });
      await refresh();
    } catch (error) {
      notifyError(error);
    }
  };

  if (requirement.evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No evidence is linked to this requirement itself.
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      {requirement.evidence.map((evidence) => (
        <Paper key={evidence.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Anchor component={Link} to={`/evidence/${evidence.id}`} fw={500} size="sm">
                {evidence.title}
              </Anchor>
              <Group gap={4}>
                <Badge variant="outline" size="sm" tt="none">
                  {EVIDENCE_KIND_LABELS[evidence.kind]}
                </Badge>
                {evidence.withdrawnAt ? (
                  <Badge color="gray" size="sm" tt="none">
                    Withdrawn
                  </Badge>
                ) : (
                  <>
                    {evidence.latestVersion && (
                      <Text span size="xs" c="dimmed">
                        v{evidence.latestVersion.number}
                      </Text>
                    )}
                    <ReviewDecisionBadge decision={evidence.latestVersion?.review?.decision} />
                    <FreshnessBadge freshness={evidence.latestVersion?.freshness} />
                  </>
                )}
              </Group>
            </Stack>
            {canUnlink && (
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                loading={loading}
                onClick={() => void handleUnlink(evidence.id)}
                aria-label={`Unlink ${evidence.title}`}
              >
                Unlink
              </Button>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
