/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  query EngagementList($first: Int!, $after: String, $filter: EngagementFilter) {\n    engagements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          serviceLines\n          startDate\n          endDate\n          client {\n            id\n            name\n          }\n          accountLead {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.EngagementListDocument,
    "\n  query EngagementDetail($id: ID!) {\n    engagement(id: $id) {\n      id\n      name\n      status\n      summary\n      serviceLines\n      startDate\n      endDate\n      client {\n        id\n        name\n      }\n      accountLead {\n        id\n        displayName\n      }\n      team {\n        id\n        role\n        allocationPercent\n        startDate\n        endDate\n        engineer {\n          id\n          fullName\n          seniority\n          location\n          skills\n          contactEmail\n        }\n      }\n      deliverables {\n        id\n        title\n        type\n        status\n        dueDate\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.EngagementDetailDocument,
    "\n  query EngineerList($first: Int!, $after: String, $filter: EngineerFilter) {\n    engineers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          seniority\n          location\n          skills\n        }\n      }\n    }\n  }\n": typeof types.EngineerListDocument,
    "\n  query OrganizationList($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          sector\n          regulations\n        }\n      }\n    }\n  }\n": typeof types.OrganizationListDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CurrentUser {\n    me {\n      id\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CurrentUserDocument,
    "\n  query EngagementList($first: Int!, $after: String, $filter: EngagementFilter) {\n    engagements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          serviceLines\n          startDate\n          endDate\n          client {\n            id\n            name\n          }\n          accountLead {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.EngagementListDocument,
    "\n  query EngagementDetail($id: ID!) {\n    engagement(id: $id) {\n      id\n      name\n      status\n      summary\n      serviceLines\n      startDate\n      endDate\n      client {\n        id\n        name\n      }\n      accountLead {\n        id\n        displayName\n      }\n      team {\n        id\n        role\n        allocationPercent\n        startDate\n        endDate\n        engineer {\n          id\n          fullName\n          seniority\n          location\n          skills\n          contactEmail\n        }\n      }\n      deliverables {\n        id\n        title\n        type\n        status\n        dueDate\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.EngagementDetailDocument,
    "\n  query EngineerList($first: Int!, $after: String, $filter: EngineerFilter) {\n    engineers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          seniority\n          location\n          skills\n        }\n      }\n    }\n  }\n": types.EngineerListDocument,
    "\n  query OrganizationList($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          sector\n          regulations\n        }\n      }\n    }\n  }\n": types.OrganizationListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      displayName\n      role\n      organization {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementList($first: Int!, $after: String, $filter: EngagementFilter) {\n    engagements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          serviceLines\n          startDate\n          endDate\n          client {\n            id\n            name\n          }\n          accountLead {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngagementList($first: Int!, $after: String, $filter: EngagementFilter) {\n    engagements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          status\n          serviceLines\n          startDate\n          endDate\n          client {\n            id\n            name\n          }\n          accountLead {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementDetail($id: ID!) {\n    engagement(id: $id) {\n      id\n      name\n      status\n      summary\n      serviceLines\n      startDate\n      endDate\n      client {\n        id\n        name\n      }\n      accountLead {\n        id\n        displayName\n      }\n      team {\n        id\n        role\n        allocationPercent\n        startDate\n        endDate\n        engineer {\n          id\n          fullName\n          seniority\n          location\n          skills\n          contactEmail\n        }\n      }\n      deliverables {\n        id\n        title\n        type\n        status\n        dueDate\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngagementDetail($id: ID!) {\n    engagement(id: $id) {\n      id\n      name\n      status\n      summary\n      serviceLines\n      startDate\n      endDate\n      client {\n        id\n        name\n      }\n      accountLead {\n        id\n        displayName\n      }\n      team {\n        id\n        role\n        allocationPercent\n        startDate\n        endDate\n        engineer {\n          id\n          fullName\n          seniority\n          location\n          skills\n          contactEmail\n        }\n      }\n      deliverables {\n        id\n        title\n        type\n        status\n        dueDate\n        owner {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineerList($first: Int!, $after: String, $filter: EngineerFilter) {\n    engineers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          seniority\n          location\n          skills\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EngineerList($first: Int!, $after: String, $filter: EngineerFilter) {\n    engineers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          seniority\n          location\n          skills\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationList($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          sector\n          regulations\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationList($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          sector\n          regulations\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;