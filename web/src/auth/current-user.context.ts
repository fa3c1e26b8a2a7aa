import { createContext, useContext } from 'react';

import type { CurrentUserQuery } from '../gql/graphql';

export type CurrentUser = CurrentUserQuery['me'];

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only available inside the signed-in part of the app. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside CurrentUserProvider');

  return user;
}
