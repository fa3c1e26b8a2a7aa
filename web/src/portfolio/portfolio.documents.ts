import { graphql } from '../gql';

export const portfolioQuery = graphql(`
  query Portfolio {
    portfolio {
      asOf
      engagements {
        headcount
        allocationPercent
        openSeats
        engagement {
          id
          name
          status
          health {
            status
            reasons {
              code
              message
            }
          }
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
