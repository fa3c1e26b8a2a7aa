import { CurrentUserProvider } from '../auth/current-user.provider';
import { RequireSession } from '../auth/require-session.component';
import { AppLayout } from './app-layout.component';

/** Every page behind sign-in: a session, the current user, and the app shell around the page. */
export function SignedInShell() {
  return (
    <RequireSession>
      <CurrentUserProvider>
        <AppLayout />
      </CurrentUserProvider>
    </RequireSession>
  );
}
