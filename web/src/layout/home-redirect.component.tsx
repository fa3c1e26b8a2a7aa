import { Navigate } from 'react-router';

import { useCurrentUser } from '../auth/current-user.context';
import { homePathFor } from './navigation-items';

export function HomeRedirect() {
  const { role } = useCurrentUser();

  return <Navigate to={homePathFor(role)} replace />;
}
