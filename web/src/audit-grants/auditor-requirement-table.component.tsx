import { List, Table, Text } from '@mantine/core';

import type { AuditorRequirementsQuery } from '../gql/graphql';
import { EvidenceStatusBadge } from '../requirements/evidence-status-badge.component';

type AuditorRequirement =
  AuditorRequirementsQuery['engagementRequirements']['edges'][number]['node'];

interface AuditorRequirementTableProps {
  requirements: readonly AuditorRequirement[];
}

interface EvidenceLine {
  id: string;
  title: string;
  note?: string;
}

/** Evidence attached here, then evidence counted through mappings, each title once. */
function evidenceLinesOf(requirement: AuditorRequirement): EvidenceLine[] {
  const lines: EvidenceLine[] = requirement.evidence.map((item) => ({
    id: item.id,
    title: item.title,
    note: item.withdrawnAt ? 'withdrawn' : undefined,
  }));
  for (const mapped of requirement.mappedEvidence) {
    if (lines.some((line) => line.id === mapped.evidence.id)) continue;

    lines.push({
      id: mapped.evidence.id,
      title: mapped.evidence.title,
      note: `via ${mapped.via.framework} ${mapped.via.reference}`,
    });
  }

  return lines;
}

/** The requirement matrix as an auditor reads it: no links, nothing to change. */
export function AuditorRequirementTable({ requirements }: AuditorRequirementTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" aria-label="Requirements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Evidence status</Table.Th>
            <Table.Th>Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requirements.map((requirement) => {
            const lines = evidenceLinesOf(requirement);

            return (
              <Table.Tr
                key={requirement.id}
                data-reference={requirement.reference}
                data-evidence-status={requirement.evidenceStatus}
              >
                <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {requirement.reference}
                </Table.Td>
                <Table.Td>{requirement.title}</Table.Td>
                <Table.Td>
                  <EvidenceStatusBadge status={requirement.evidenceStatus} />
                </Table.Td>
                <Table.Td>
                  {lines.length > 0 ? (
                    <List size="sm" spacing={2}>
                      {lines.map((line) => (
                        <List.Item key={line.id}>
                          {line.title}
                          {line.note && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({line.note})
                            </Text>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
