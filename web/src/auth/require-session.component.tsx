import { Alert, Button, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { PageLoader } from '../common/page-loader.component';
import { useSession } from './session.context';

interface RequireSessionProps {
  children: ReactNode;
}

/** Shows its children only with a live session; otherwise sends the user to sign in. */
export function RequireSession({ children }: RequireSessionProps) {
  const { status, returnAfterSignIn, retryRestore } = useSession();
  const location = useLocation();

  if (status === 'restoring') return <PageLoader label="Restoring your session" />;

  if (status === 'unreachable') {
    return (
      <Container size="sm" py="xl">
        <Alert color="red" variant="light" title="Cannot reach the portal" role="alert">
          Your session could not be restored because the server did not answer.
          <Button variant="light" mt="md" display="block" onClick={retryRestore}>
            Try again
          </Button>
        </Alert>
      </Container>
    );
  }

  if (status === 'signed-out') {
    const state = returnAfterSignIn ? { from: location.pathname } : undefined;

    return <Navigate to="/sign-in" replace state={state} />;
  }

  return children;
}
