export * from './activity-chain';
