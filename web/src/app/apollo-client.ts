import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

import { authLink } from '../auth/auth-link';
import { GRAPHQL_PATH } from '../common/graphql-endpoint';

/** Paginated lists keep one growing list per filter; "Load more" appends the next page. */
const cache = new InMemoryCache({
  typePolicies: {
    Query: {
      fields: {
        engagements: relayStylePagination(['filter']),
        engineers: relayStylePagination(['filter']),
        organizations: relayStylePagination(),
      },
    },
  },
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([authLink, new HttpLink({ uri: GRAPHQL_PATH })]),
  cache,
});
