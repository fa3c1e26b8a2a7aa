import { graphql } from '../gql';

export const statusReportFields = graphql(`
  fragment StatusReportFields on StatusReport {
    id
    version
    state
    periodFrom
    periodTo
    summary
    highlights
    risksAndNextSteps
    publishedAt
    snapshotSha256
    pdfPath
    publishedBy {
      id
      displayName
    }
    snapshot {
      engagementName
      clientName
      periodFrom
      periodTo
      summary
      highlights
      risksAndNextSteps
      publishedAt
      publishedBy
      health {
        status
        reasons {
          code
          status
          count
          message
        }
      }
      milestones {
        title
        dueDate
        accepted
        total
        overdue
      }
      deliverables {
        title
        status
        dueDate
        milestone
        pinnedVersion {
          kind
          value
          url
        }
      }
      raidItems {
        kind
        title
        severity
        status
        owner
      }
    }
  }
`);

export const createStatusReportMutation = graphql(`
  mutation CreateStatusReport($input: CreateStatusReportInput!) {
    createStatusReport(input: $input) {
      ...StatusReportFields
    }
  }
`);

export const updateStatusReportMutation = graphql(`
  mutation UpdateStatusReport($input: UpdateStatusReportInput!) {
    updateStatusReport(input: $input) {
      ...StatusReportFields
    }
  }
`);

export const publishStatusReportMutation = graphql(`
  mutation PublishStatusReport($input: PublishStatusReportInput!) {
    publishStatusReport(input: $input) {
      ...StatusReportFields
    }
  }
`);
