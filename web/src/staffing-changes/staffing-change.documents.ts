import { graphql } from '../gql';

export const requestStaffingChangeMutation = graphql(`
  mutation RequestStaffingChange($input: RequestStaffingChangeInput!) {
    requestStaffingChange(input: $input) {
      id
      state
    }
  }
`);

export const approveStaffingChangeMutation = graphql(`
  mutation ApproveStaffingChange($input: DecideStaffingChangeInput!) {
    approveStaffingChange(input: $input) {
      id
      version
      state
    }
  }
`);

export const rejectStaffingChangeMutation = graphql(`
  mutation RejectStaffingChange($input: RejectStaffingChangeInput!) {
    rejectStaffingChange(input: $input) {
      id
      version
      state
    }
  }
`);

export const cancelStaffingChangeMutation = graphql(`
  mutation CancelStaffingChange($input: DecideStaffingChangeInput!) {
    cancelStaffingChange(input: $input) {
      id
      version
      state
    }
  }
`);
