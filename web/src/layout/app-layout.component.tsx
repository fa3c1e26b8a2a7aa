import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';

import { NotificationBell } from '../notifications/notification-bell.component';
import { Navigation } from './navigation.component';
import { UserSummary } from './user-summary.component';

interface AppLayoutProps {
  children?: ReactNode;
}

/** Header with the signed-in user, navigation fitting their role, and the page. */
export function AppLayout({ children }: AppLayoutProps) {
  const [navigationOpened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={700}>Engagement Portal</Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <UserSummary />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <Navigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>{children ?? <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
