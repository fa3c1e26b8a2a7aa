import { useQuery } from '@apollo/client/react';
import { Group, Progress, Text } from '@mantine/core';

import { hasErrorCode } from '../common/graphql-errors';
import { auditPackProgressQuery } from './audit-pack.documents';

const POLL_INTERVAL_MS = 1000;

interface AuditPackProgressProps {
  packId: string;
  progress: number;
}

/**
 * The progress bar of a queued or running export. While it is shown it polls the pack; the
 * answer updates the pack in the cache, and once the pack is finished the list stops showing
 * this component, which ends the polling.
 */
export function AuditPackProgress({ packId, progress }: AuditPackProgressProps) {
  const { error } = useQuery(auditPackProgressQuery, {
    variables: { id: packId },
    pollInterval: POLL_INTERVAL_MS,
    fetchPolicy: 'network-only',
  });

  return (
    <div>
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={progress}
          size="lg"
          striped
          animated
          w={140}
          aria-label={`Export progress ${progress}%`}
        />
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {progress}%
        </Text>
      </Group>
      {error && (
        <Text size="xs" c="dimmed">
          {hasErrorCode(error, 'NOT_FOUND')
            ? 'This pack is no longer available to you.'
            : 'Cannot reach the portal; still trying.'}
        </Text>
      )}
    </div>
  );
}
