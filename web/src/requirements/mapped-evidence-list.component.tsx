import { Anchor, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';

import { FreshnessBadge } from '../evidence/freshness-badge.component';
import { ReviewDecisionBadge } from '../evidence/review-decision-badge.component';
import type { RequirementDetailQuery } from '../gql/graphql';
import { MAPPING_RELATION_DESCRIPTIONS } from './requirement.labels';

type Requirement = RequirementDetailQuery['engagementRequirement'];

/** Evidence on requirements of other frameworks that map to this one, and how. */
export function MappedEvidenceList({ requirement }: { requirement: Requirement }) {
  if (requirement.mappedEvidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No evidence reaches this requirement through a mapping from another framework in scope.
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      {requirement.mappedEvidence.map((mapped) => (
        <Paper
          key={`${mapped.evidence.id}:${mapped.via.id}:${mapped.relation}`}
          withBorder
          p="xs"
          radius="sm"
        >
          <Stack gap={4}>
            <Anchor component={Link} to={`/evidence/${mapped.evidence.id}`} fw={500} size="sm">
              {mapped.evidence.title}
            </Anchor>
            <Tooltip
              label={`${mapped.via.framework} ${mapped.via.reference} (${mapped.via.title}) ${
                MAPPING_RELATION_DESCRIPTIONS[mapped.relation]
              }`}
              multiline
              maw={360}
              withArrow
            >
              <Text size="xs" c="dimmed">
                via {mapped.via.framework} {mapped.via.reference} — {mapped.relation} —{' '}
                {mapped.source}
              </Text>
            </Tooltip>
            <Group gap={4}>
              <ReviewDecisionBadge decision={mapped.evidence.latestVersion?.review?.decision} />
              <FreshnessBadge freshness={mapped.evidence.latestVersion?.freshness} />
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
