import { graphql } from '../gql';

export const engagementComplianceQuery = graphql(`
  query EngagementCompliance($id: ID!) {
    engagement(id: $id) {
      id
      name
      client {
        id
        name
      }
      accountLead {
        id
        organization {
          id
        }
      }
      frameworks {
        framework
        name
        catalogVersion
        coverage {
          total
          applicable
          covered
          percent
        }
      }
    }
  }
`);

export const frameworkCatalogsQuery = graphql(`
  query FrameworkCatalogs {
    frameworkCatalogs {
      key
      name
      sourceVersion
      catalogVersion
      requirementCount
    }
  }
`);

export const setEngagementFrameworksMutation = graphql(`
  mutation SetEngagementFrameworks($input: SetEngagementFrameworksInput!) {
    setEngagementFrameworks(input: $input) {
      id
      frameworks {
        framework
        name
        catalogVersion
        coverage {
          total
          applicable
          covered
          percent
        }
      }
    }
  }
`);

export const engagementRequirementsQuery = graphql(`
  query EngagementRequirements(
    $engagementId: ID!
    $framework: FrameworkKey!
    $filter: RequirementFilter
    $first: Int!
    $after: String
  ) {
    engagementRequirements(
      engagementId: $engagementId
      framework: $framework
      filter: $filter
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
          framework
          reference
          title
          group
          status
          evidenceStatus
          freshness
          owner {
            id
            displayName
          }
          evidence {
            id
          }
          mappedEvidence {
            evidence {
              id
            }
          }
        }
      }
    }
  }
`);

/** Every in-scope requirement of one framework, page by page, for pickers. */
export const requirementOptionsQuery = graphql(`
  query RequirementOptions(
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
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          framework
          reference
          title
        }
      }
    }
  }
`);

export const requirementDetailQuery = graphql(`
  query RequirementDetail($id: ID!) {
    engagementRequirement(id: $id) {
      id
      framework
      reference
      title
      group
      status
      justification
      version
      evidenceStatus
      freshness
      owner {
        id
        displayName
      }
      evidence {
        id
        title
        kind
        withdrawnAt
        latestVersion {
          id
          number
          validUntil
          freshness
          review {
            id
            decision
          }
        }
      }
      mappedEvidence {
        relation
        source
        via {
          id
          framework
          reference
          title
        }
        evidence {
          id
          title
          kind
          latestVersion {
            id
            number
            freshness
            review {
              id
              decision
            }
          }
        }
      }
    }
  }
`);

export const updateEngagementRequirementMutation = graphql(`
  mutation UpdateEngagementRequirement($input: UpdateEngagementRequirementInput!) {
    updateEngagementRequirement(input: $input) {
      id
      status
      justification
      version
      evidenceStatus
      freshness
      owner {
        id
        displayName
      }
    }
  }
`);

/** People who may own an engagement's requirements: the agency's and the client's users. */
export const engagementMembersQuery = graphql(`
  query EngagementMembers($clientId: ID!, $agencyId: ID!) {
    client: users(organizationId: $clientId, first: 100) {
      edges {
        node {
          id
          displayName
          role
          active
        }
      }
    }
    agency: users(organizationId: $agencyId, first: 100) {
      edges {
        node {
          id
          displayName
          role
          active
        }
      }
    }
  }
`);
