import { Anchor, Text } from '@mantine/core';
import type { Role } from '@portal/domain';
import { Link, Outlet } from 'react-router';

import { PageHeader } from '../common/page-header.component';
import { useCurrentUser } from './current-user.context';

interface RequireRoleProps {
  roles: readonly Role[];
}

/**
 * Hides pages a role has no use for. The API enforces access on every read; this only spares
 * the user a page full of refusals.
 */
export function RequireRole({ roles }: RequireRoleProps) {
  const user = useCurrentUser();

  if (roles.includes(user.role)) return <Outlet />;

  return (
    <>
      <PageHeader title="Not available" />
      <Text mb="md">This page is not available for your role.</Text>
      <Anchor component={Link} to="/">
        Go to your start page
      </Anchor>
    </>
  );
}
