import { graphql } from '../gql';

export const engagementListQuery = graphql(`
  query EngagementList($first: Int!, $after: String, $filter: EngagementFilter) {
    engagements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
          status
          serviceLines
          startDate
          endDate
          client {
            id
            name
          }
          accountLead {
            id
            displayName
          }
          health {
            ...EngagementHealthFields
          }
        }
      }
    }
  }
`);

export const engagementDetailQuery = graphql(`
  query EngagementDetail($id: ID!) {
    engagement(id: $id) {
      id
      name
      status
      summary
      serviceLines
      startDate
      endDate
      client {
        id
        name
      }
      accountLead {
        id
        displayName
      }
      team {
        id
        role
        allocationPercent
        startDate
        endDate
        overAllocations {
          from
          until
          allocationPercent
        }
        engineer {
          id
          fullName
          seniority
          location
          skills
          contactEmail
        }
      }
      health {
        ...EngagementHealthFields
      }
      deliverablesCsvPath
      milestones {
        id
        title
        dueDate
        description
        overdue
        progress {
          accepted
          total
        }
      }
      deliverables {
        ...DeliverableFields
      }
      raidItems {
        ...RaidItemFields
      }
      statusReports {
        ...StatusReportFields
      }
    }
  }
`);
