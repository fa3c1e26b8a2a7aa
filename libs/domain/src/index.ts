export * from './engagement';
export * from './roles';
