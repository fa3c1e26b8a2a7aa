export * from './manifest';
export * from './signing';
export * from './verify-pack';
