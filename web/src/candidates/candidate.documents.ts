import { graphql } from '../gql';

export const proposeCandidateMutation = graphql(`
  mutation ProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) {
      id
      state
    }
  }
`);

export const scheduleInterviewMutation = graphql(`
  mutation ScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      id
    }
  }
`);

export const recordInterviewOutcomeMutation = graphql(`
  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {
    recordInterviewOutcome(input: $input) {
      id
      outcome
    }
  }
`);

export const confirmCandidateMutation = graphql(`
  mutation ConfirmCandidate($input: ConfirmCandidateInput!) {
    confirmCandidate(input: $input) {
      id
      state
    }
  }
`);

export const engineerOptionsQuery = graphql(`
  query EngineerOptions {
    engineers(first: 100) {
      edges {
        node {
          id
          fullName
          seniority
          peakAllocationPercent
        }
      }
    }
  }
`);

export const interviewerOptionsQuery = graphql(`
  query InterviewerOptions {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
          organization {
            id
          }
        }
      }
    }
  }
`);
