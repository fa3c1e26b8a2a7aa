import { useQuery } from '@apollo/client/react';
import { Button, Container, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

import { ErrorAlert } from '../common/error-alert.component';
import { PageLoader } from '../common/page-loader.component';
import { currentUserQuery } from './auth.documents';
import { CurrentUserContext } from './current-user.context';

interface CurrentUserProviderProps {
  children: ReactNode;
}

/** Loads `me` once per session; the cache is cleared on every sign-in and sign-out. */
export function CurrentUserProvider({ children }: CurrentUserProviderProps) {
  const { data, error, refetch } = useQuery(currentUserQuery);

  if (error) {
    return (
      <Container size="sm" py="xl">
        <Stack>
          <ErrorAlert error={error} />
          <Button variant="light" onClick={() => void refetch()}>
            Try again
          </Button>
        </Stack>
      </Container>
    );
  }

  if (!data) return <PageLoader label="Loading your account" />;

  return <CurrentUserContext.Provider value={data.me}>{children}</CurrentUserContext.Provider>;
}
