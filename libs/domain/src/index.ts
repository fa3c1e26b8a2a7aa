export * from './engagement';
export * from './notification';
export * from './roles';
