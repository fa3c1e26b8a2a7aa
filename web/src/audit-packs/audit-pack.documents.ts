import { graphql } from '../gql';

export const auditPackFieldsFragment = graphql(`
  fragment AuditPackFields on AuditPack {
    id
    status
    progress
    attempts
    error
    frameworks
    periodFrom
    periodTo
    createdAt
    finishedAt
    downloadPath
    sha256
    sizeBytes
    keyFingerprint
    requestedBy {
      id
      displayName
    }
  }
`);

/** The engagement's name and the frameworks in its scope, which an export may choose from. */
export const auditPackEngagementQuery = graphql(`
  query AuditPackEngagement($id: ID!) {
    engagement(id: $id) {
      id
      name
      client {
        id
        name
      }
      frameworks {
        framework
        name
      }
    }
  }
`);

export const auditPacksQuery = graphql(`
  query AuditPacks($engagementId: ID!) {
    auditPacks(engagementId: $engagementId) {
      ...AuditPackFields
    }
  }
`);

/** Polled while an export is queued or running; the answer updates the pack in every list. */
export const auditPackProgressQuery = graphql(`
  query AuditPackProgress($id: ID!) {
    auditPack(id: $id) {
      ...AuditPackFields
    }
  }
`);

export const exportAuditPackMutation = graphql(`
  mutation ExportAuditPack($input: ExportAuditPackInput!) {
    exportAuditPack(input: $input) {
      ...AuditPackFields
    }
  }
`);

export const packSigningKeyQuery = graphql(`
  query PackSigningKey {
    packSigningKey {
      fingerprint
      publicKey
    }
  }
`);
