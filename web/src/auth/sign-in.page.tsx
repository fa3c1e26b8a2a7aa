import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Container, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { ErrorAlert } from '../common/error-alert.component';
import { fieldProblemsOf } from '../common/graphql-errors';
import { demoSignInAvailableQuery, signInMutation } from './auth.documents';
import { DEMO_PASSWORD, DemoAccounts } from './demo-accounts.component';
import { useSession } from './session.context';

interface MissingFields {
  email?: string;
  password?: string;
}

/** Where to go after signing in: back to the page that asked for a session, or the start page. */
function destinationOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;

  return typeof from === 'string' && from.startsWith('/') && from !== '/sign-in' ? from : '/';
}

export function SignInPage() {
  const { status, startSession } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<MissingFields>({});
  const [signIn, { loading, error, reset }] = useMutation(signInMutation);
  const demo = useQuery(demoSignInAvailableQuery);

  const destination = destinationOf(location.state);
  if (status === 'signed-in') return <Navigate to={destination} replace />;

  const serverProblem = (field: string) =>
    fieldProblemsOf(error).find((problem) => problem.field === field)?.message;

  const chooseDemoAccount = (demoEmail: string) => {
    setEmail(demoEmail);
    setPassword(DEMO_PASSWORD);
    setMissing({});
    reset();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const problems: MissingFields = {
      email: email.trim() ? undefined : 'Enter your email',
      password: password ? undefined : 'Enter your password',
    };
    setMissing(problems);
    if (problems.email || problems.password) return;

    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;

      await startSession(data.signIn);
      navigate(destination, { replace: true });
    } catch {
      // The mutation's error state carries the server's explanation to the alert below.
    }
  };

  return (
    <Container size={440} py={64}>
      <title>Sign in · Engagement Portal</title>
      <Stack>
        <Title order={1} ta="center">
          Engagement Portal
        </Title>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={handleSubmit} noValidate>
            <Stack>
              {error && <ErrorAlert error={error} />}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={missing.email ?? serverProblem('email')}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={missing.password ?? serverProblem('password')}
                // Mantine's default name for the toggle contains "password", which would make the
                // field's label ambiguous for assistive technology and for tests looking it up.
                visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the characters typed' }}
              />
              <Button type="submit" loading={loading} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        {demo.data?.demoSignInAvailable && <DemoAccounts onChoose={chooseDemoAccount} />}
      </Stack>
    </Container>
  );
}
