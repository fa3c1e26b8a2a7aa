import { graphql } from '../gql';

export const auditGrantFieldsFragment = graphql(`
  fragment AuditGrantFields on AuditGrant {
    id
    frameworks
    periodFrom
    periodTo
    expiresAt
    revokedAt
    createdAt
    auditor {
      id
      displayName
      email
    }
  }
`);

export const auditGrantsQuery = graphql(`
  query AuditGrants($engagementId: ID!) {
    auditGrants(engagementId: $engagementId) {
      ...AuditGrantFields
    }
  }
`);

export const grantAuditAccessMutation = graphql(`
  mutation GrantAuditAccess($input: GrantAuditAccessInput!) {
    grantAuditAccess(input: $input) {
      ...AuditGrantFields
    }
  }
`);

export const revokeAuditAccessMutation = graphql(`
  mutation RevokeAuditAccess($id: ID!) {
    revokeAuditAccess(id: $id) {
      id
      revokedAt
    }
  }
`);

/** The signed-in auditor's active grants, with the engagement each one opens. */
export const myAuditGrantsQuery = graphql(`
  query MyAuditGrants {
    myAuditGrants {
      id
      frameworks
      periodFrom
      periodTo
      expiresAt
      engagement {
        id
        name
      }
    }
    frameworkCatalogs {
      key
      name
    }
  }
`);

/** What an auditor may read of an engagement: its outline, never its team or deliverables. */
export const auditorEngagementQuery = graphql(`
  query AuditorEngagement($id: ID!) {
    engagement(id: $id) {
      id
      name
      summary
    }
  }
`);

export const auditorRequirementsQuery = graphql(`
  query AuditorRequirements(
    $engagementId: ID!
    $framework: FrameworkKey!
    $first: Int!
    $after: String
  ) {
    engagementRequirements(
      engagementId: $engagementId
      framework: $framework
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          reference
          title
          evidenceStatus
          evidence {
            id
            title
            withdrawnAt
          }
          mappedEvidence {
            evidence {
              id
              title
            }
            via {
              id
              framework
              reference
            }
          }
        }
      }
    }
  }
`);
