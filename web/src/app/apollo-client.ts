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
        engagementRequirements: relayStylePagination(['engagementId', 'framework', 'filter']),
        engagementEvidence: relayStylePagination(['engagementId']),
        evidenceReviewQueue: relayStylePagination(['engagementId']),
      },
    },
    // Coverage and mapped evidence are derived on every read: the newest answer replaces them.
    Engagement: { fields: { frameworks: { merge: false } } },
    EngagementRequirement: { fields: { mappedEvidence: { merge: false } } },
  },
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([authLink, new HttpLink({ uri: GRAPHQL_PATH })]),
  cache,
});
