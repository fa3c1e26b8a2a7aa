import { graphql } from '../gql';

export const raidItemFields = graphql(`
  fragment RaidItemFields on RaidItem {
    id
    version
    kind
    title
    description
    severity
    status
    closingNote
    visibility
    authorSide
    owner {
      id
      displayName
    }
    deliverables {
      id
      title
    }
    seats {
      id
      role
      seniority
      state
      neededFrom
    }
  }
`);

export const raidSeatOptionsQuery = graphql(`
  query RaidSeatOptions($engagementId: ID!) {
    seats(engagementId: $engagementId) {
      id
      role
      seniority
      state
      neededFrom
    }
  }
`);

export const createRaidItemMutation = graphql(`
  mutation CreateRaidItem($input: CreateRaidItemInput!) {
    createRaidItem(input: $input) {
      ...RaidItemFields
    }
  }
`);

export const closeRaidItemMutation = graphql(`
  mutation CloseRaidItem($input: CloseRaidItemInput!) {
    closeRaidItem(input: $input) {
      ...RaidItemFields
    }
  }
`);
