import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { useCurrentUser } from '../auth/current-user.context';
import { navigationItemsFor } from './navigation-items';

interface NavigationProps {
  onNavigate: () => void;
}

export function Navigation({ onNavigate }: NavigationProps) {
  const { role } = useCurrentUser();
  const { pathname } = useLocation();

  return (
    <nav aria-label="Main">
      {navigationItemsFor(role).map((item) => {
        const active = pathname === item.path || pathname.startsWith(`${item.path}/`);

        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </nav>
  );
}
