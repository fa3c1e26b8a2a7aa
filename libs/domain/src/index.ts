export * from './deliverable-labels';
export * from './delivery';
export * from './engagement';
export * from './engagement-health';
export * from './notification';
export * from './roles';
export * from './staffing';
