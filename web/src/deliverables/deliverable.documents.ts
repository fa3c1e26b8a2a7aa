import { graphql } from '../gql';

export const deliverableFields = graphql(`
  fragment DeliverableFields on Deliverable {
    id
    version
    title
    type
    status
    dueDate
    submittedAt
    owner {
      id
      displayName
    }
    milestone {
      id
      title
    }
    pinnedVersion {
      kind
      value
      url
    }
    statusHistory {
      id
      fromStatus
      toStatus
      changedAt
      reason
      changedBy {
        id
        displayName
      }
      pinnedVersion {
        kind
        value
        url
      }
    }
  }
`);

export const submitDeliverableMutation = graphql(`
  mutation SubmitDeliverable($input: SubmitDeliverableInput!) {
    submitDeliverable(input: $input) {
      ...DeliverableFields
    }
  }
`);

export const signOffDeliverableMutation = graphql(`
  mutation SignOffDeliverable($input: SignOffDeliverableInput!) {
    signOffDeliverable(input: $input) {
      ...DeliverableFields
    }
  }
`);
