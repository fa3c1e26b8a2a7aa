import { graphql } from '../gql';

export const engineerListQuery = graphql(`
  query EngineerList($first: Int!, $after: String, $filter: EngineerFilter) {
    engineers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          fullName
          seniority
          location
          skills
          peakAllocationPercent
          overAllocations {
            from
            until
            allocationPercent
          }
        }
      }
    }
  }
`);
