import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { ROLE_LABELS } from '@portal/domain';
import { useState } from 'react';

import { useCurrentUser } from '../auth/current-user.context';
import { useSession } from '../auth/session.context';

/** Who is signed in, for whom they work, and the way out. */
export function UserSummary() {
  const user = useCurrentUser();
  const { signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);

  const handleSignOut = async () => {
    setSigningOut(true);
    await signOut();
  };

  return (
    <Group gap="md" wrap="nowrap">
      <Stack gap={2} align="flex-end" visibleFrom="xs">
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {user.displayName}
          </Text>
          <Badge variant="light" size="sm" tt="none">
            {ROLE_LABELS[user.role]}
          </Badge>
        </Group>
        {user.organization && (
          <Text size="xs" c="dimmed">
            {user.organization.name}
          </Text>
        )}
      </Stack>
      <Button variant="default" size="sm" loading={signingOut} onClick={() => void handleSignOut()}>
        Sign out
      </Button>
    </Group>
  );
}
