import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NOTIFICATION_KIND_LABELS } from '@portal/domain';
import { useNavigate } from 'react-router';

import { formatDateTime } from '../common/date-time';
import { notifyError } from '../common/notify-error';
import {
  markAllNotificationsReadMutation,
  markNotificationsReadMutation,
  notificationsQuery,
} from './notification.documents';

const POLL_INTERVAL_MS = 30_000;
const SHOWN = 20;

/** The header's notification list: unread count, newest first, open one to act on it. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const { data, refetch } = useQuery(notificationsQuery, {
    variables: { first: SHOWN },
    pollInterval: POLL_INTERVAL_MS,
  });
  const [markRead] = useMutation(markNotificationsReadMutation);
  const [markAllRead, { loading: markingAll }] = useMutation(markAllNotificationsReadMutation);
  const unread = data?.unreadNotificationCount ?? 0;
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];

  const open = async (notification: (typeof notifications)[number]) => {
    close();
    void navigate(notification.link);
    if (notification.readAt) return;

    try {
      await markRead({ variables: { ids: [notification.id] } });
      await refetch();
    } catch (error) {
      notifyError(error);
    }
  };

  const readAll = async () => {
    try {
      await markAllRead();
      await refetch();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Popover
      width={380}
      position="bottom-end"
      shadow="md"
      opened={opened}
      onChange={close}
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Indicator label={unread} size={18} disabled={unread === 0} color="red">
          <Button
            variant="default"
            size="sm"
            onClick={toggle}
            aria-label={`Notifications, ${unread} unread`}
          >
            Notifications
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Anchor
            component="button"
            size="xs"
            disabled={unread === 0 || markingAll}
            onClick={() => void readAll()}
          >
            Mark all read
          </Anchor>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420}>
          {notifications.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              Nothing needs your attention.
            </Text>
          )}
          <Stack gap={0}>
            {notifications.map((notification) => (
              <UnstyledButton
                key={notification.id}
                px="md"
                py="xs"
                onClick={() => void open(notification)}
                aria-label={notification.title}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Badge size="xs" variant={notification.readAt ? 'outline' : 'filled'} tt="none">
                    {NOTIFICATION_KIND_LABELS[notification.kind]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(notification.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" fw={notification.readAt ? 400 : 600} mt={4}>
                  {notification.title}
                </Text>
                {notification.body && (
                  <Text size="xs" c="dimmed">
                    {notification.body}
                  </Text>
                )}
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {(data?.notifications.totalCount ?? 0) > SHOWN && (
          <Text size="xs" c="dimmed" px="md" py="xs">
            Showing the newest {SHOWN} of {data?.notifications.totalCount}.
          </Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
