import { graphql } from '../gql';

export const organizationListQuery = graphql(`
  query OrganizationList($first: Int!, $after: String) {
    organizations(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
          kind
          sector
          regulations
        }
      }
    }
  }
`);
