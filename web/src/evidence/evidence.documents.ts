import { graphql } from '../gql';

/** Evidence of an engagement, page by page, for the "link existing evidence" picker. */
export const engagementEvidenceOptionsQuery = graphql(`
  query EngagementEvidenceOptions($engagementId: ID!, $first: Int!, $after: String) {
    engagementEvidence(engagementId: $engagementId, first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          kind
          withdrawnAt
        }
      }
    }
  }
`);

export const evidenceDetailQuery = graphql(`
  query EvidenceDetail($id: ID!) {
    evidence(id: $id) {
      id
      kind
      title
      description
      createdAt
      withdrawnAt
      withdrawnReason
      createdBy {
        id
        displayName
      }
      engagement {
        id
        name
      }
      requirements {
        id
        framework
        reference
        title
        evidenceStatus
      }
      deliverables {
        id
        title
      }
      versions {
        id
        number
        fileName
        sizeBytes
        contentType
        sha256
        url
        statement
        coversFrom
        coversTo
        validUntil
        freshness
        createdAt
        downloadPath
        createdBy {
          id
          displayName
        }
        review {
          id
          decision
          comment
          decidedAt
          reviewer {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const evidenceReviewQueueQuery = graphql(`
  query EvidenceReviewQueue($first: Int!, $after: String, $engagementId: ID) {
    evidenceReviewQueue(first: $first, after: $after, engagementId: $engagementId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          number
          fileName
          sizeBytes
          contentType
          sha256
          url
          statement
          coversFrom
          coversTo
          validUntil
          freshness
          createdAt
          downloadPath
          createdBy {
            id
            displayName
          }
          evidence {
            id
            title
            kind
            description
            engagement {
              id
              name
            }
            requirements {
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

export const addLinkEvidenceMutation = graphql(`
  mutation AddLinkEvidence($input: AddLinkEvidenceInput!) {
    addLinkEvidence(input: $input) {
      id
      title
      latestVersion {
        id
        number
        sha256
      }
    }
  }
`);

export const addAttestationMutation = graphql(`
  mutation AddAttestation($input: AddAttestationInput!) {
    addAttestation(input: $input) {
      id
      title
      latestVersion {
        id
        number
        sha256
      }
    }
  }
`);

export const linkEvidenceMutation = graphql(`
  mutation LinkEvidence($input: EvidenceLinksInput!) {
    linkEvidence(input: $input) {
      id
    }
  }
`);

export const unlinkEvidenceMutation = graphql(`
  mutation UnlinkEvidence($input: EvidenceLinksInput!) {
    unlinkEvidence(input: $input) {
      id
    }
  }
`);

export const reviewEvidenceMutation = graphql(`
  mutation ReviewEvidence($input: ReviewEvidenceInput!) {
    reviewEvidence(input: $input) {
      id
      decision
      comment
      decidedAt
      reviewer {
        id
        displayName
      }
    }
  }
`);

export const withdrawEvidenceMutation = graphql(`
  mutation WithdrawEvidence($input: WithdrawEvidenceInput!) {
    withdrawEvidence(input: $input) {
      id
      withdrawnAt
      withdrawnReason
    }
  }
`);

/** What new evidence of an engagement can be attached to. */
export const evidenceTargetsQuery = graphql(`
  query EvidenceTargets($engagementId: ID!) {
    engagement(id: $engagementId) {
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
      deliverables {
        id
        title
      }
    }
  }
`);
