import { graphql } from '../gql';

export const createMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      id
      title
      dueDate
    }
  }
`);
