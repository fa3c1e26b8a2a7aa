import { graphql } from '../gql';

export const engagementHealthFields = graphql(`
  fragment EngagementHealthFields on EngagementHealthView {
    status
    reasons {
      code
      status
      count
      message
    }
  }
`);
