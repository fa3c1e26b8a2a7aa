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

export const withdrawCandidateMutation = graphql(`
  mutation WithdrawCandidate($input: CandidateVersionInput!) {
    withdrawCandidate(input: $input) {
      id
      state
    }
  }
`);

export const myCandidaciesQuery = graphql(`
  query MyCandidacies {
    candidates(first: 100) {
      totalCount
      edges {
        node {
          id
          state
          pitch
          seat {
            id
            role
            seniority
            neededFrom
          }
          interviews {
            id
            scheduledAt
            timeZone
            durationMinutes
            videoLink
            outcome
            feedback
          }
        }
      }
    }
  }
`);
