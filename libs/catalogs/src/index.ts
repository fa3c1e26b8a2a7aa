export * from './catalog.types';
export * from './catalog-lookup';
export * from './dora.catalog';
export * from './gdpr.catalog';
export * from './iso27001.catalog';
export * from './mappings';
export * from './nis2.catalog';
export * from './soc2.catalog';
