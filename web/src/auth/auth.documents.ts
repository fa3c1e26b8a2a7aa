import { graphql } from '../gql';

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        id
        displayName
      }
    }
  }
`);

export const refreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const currentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      displayName
      role
      organization {
        id
        name
        kind
      }
    }
  }
`);

export const demoSignInAvailableQuery = graphql(`
  query DemoSignInAvailable {
    demoSignInAvailable
  }
`);
