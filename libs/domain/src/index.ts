export * from './engagement';
export * from './roles';
export * from './staffing';
