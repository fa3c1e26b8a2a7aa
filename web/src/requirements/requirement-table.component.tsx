import { Anchor, Table, Text } from '@mantine/core';

import { FreshnessBadge } from '../evidence/freshness-badge.component';
import type { EngagementRequirementsQuery } from '../gql/graphql';
import { EvidenceStatusBadge } from './evidence-status-badge.component';
import { RequirementStatusBadge } from './requirement-status-badge.component';

type RequirementRow =
  EngagementRequirementsQuery['engagementRequirements']['edges'][number]['node'];

interface RequirementTableProps {
  requirements: readonly RequirementRow[];
  onOpen: (requirementId: string) => void;
}

/** Evidence reaching the requirement through several mappings is counted once. */
function mappedEvidenceCount(requirement: RequirementRow): number {
  return new Set(requirement.mappedEvidence.map((mapped) => mapped.evidence.id)).size;
}

function EvidenceCount({ requirement }: { requirement: RequirementRow }) {
  const mapped = mappedEvidenceCount(requirement);

  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {requirement.evidence.length}
      {mapped > 0 && (
        <Text span size="xs" c="dimmed">
          {' '}
          + {mapped} mapped
        </Text>
      )}
    </Text>
  );
}

/** The requirement matrix of one framework; a row opens the requirement. */
export function RequirementTable({ requirements, onOpen }: RequirementTableProps) {
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Requirements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Group</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Evidence status</Table.Th>
            <Table.Th>Evidence</Table.Th>
            <Table.Th>Freshness</Table.Th>
            <Table.Th>Owner</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requirements.map((requirement) => (
            <Table.Tr
              key={requirement.id}
              onClick={() => onOpen(requirement.id)}
              style={{ cursor: 'pointer' }}
              data-reference={requirement.reference}
              data-evidence-status={requirement.evidenceStatus}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor
                  component="button"
                  type="button"
                  fw={600}
                  size="sm"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(requirement.id);
                  }}
                >
                  {requirement.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{requirement.title}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {requirement.group}
                </Text>
              </Table.Td>
              <Table.Td>
                <RequirementStatusBadge status={requirement.status} />
              </Table.Td>
              <Table.Td>
                <EvidenceStatusBadge status={requirement.evidenceStatus} />
              </Table.Td>
              <Table.Td>
                <EvidenceCount requirement={requirement} />
              </Table.Td>
              <Table.Td>
                <FreshnessBadge freshness={requirement.freshness} />
              </Table.Td>
              <Table.Td>{requirement.owner?.displayName ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
