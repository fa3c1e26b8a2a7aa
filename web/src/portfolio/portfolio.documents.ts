import { graphql } from '../gql';

export const portfolioQuery = graphql(`
  query Portfolio {
    portfolio {
      asOf
      engagements {
        headcount
        allocationPercent
        engagement {
          id
          name
          status
          client {
            id
            name
          }
          accountLead {
            id
            displayName
          }
        }
        upcomingStarts {
          id
          startDate
          engineer {
            id
            fullName
          }
        }
        upcomingRollOffs {
          id
          endDate
          engineer {
            id
            fullName
          }
        }
      }
      weeks {
        weekStart
        headcount
        fte
      }
    }
  }
`);
