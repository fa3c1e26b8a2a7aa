/** The API answers GraphQL on the same origin; in development Vite proxies this path to it. */
export const GRAPHQL_PATH = '/graphql';
