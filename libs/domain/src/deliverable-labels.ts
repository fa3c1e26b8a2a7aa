import { DeliverableStatus, DeliverableType } from './engagement';

/** Words for deliverable statuses and types, shared by the web app and the exports. */
export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = {
  [DeliverableStatus.PLANNED]: 'Planned',
  [DeliverableStatus.IN_PROGRESS]: 'In progress',
  [DeliverableStatus.SUBMITTED]: 'Submitted',
  [DeliverableStatus.ACCEPTED]: 'Accepted',
  [DeliverableStatus.CHANGES_REQUESTED]: 'Changes requested',
};

export const DELIVERABLE_TYPE_LABELS: Record<DeliverableType, string> = {
  [DeliverableType.API_CONTRACT]: 'API contract',
  [DeliverableType.GATEWAY_CONFIGURATION]: 'Gateway configuration',
  [DeliverableType.BACKEND_FOR_FRONTEND]: 'Backend for frontend',
  [DeliverableType.CONTRACT_TEST_SUITE]: 'Contract test suite',
  [DeliverableType.RUNBOOK]: 'Runbook',
  [DeliverableType.PRODUCTION_SERVICE]: 'Production service',
  [DeliverableType.WORKER_FLEET]: 'Worker fleet',
  [DeliverableType.CONTAINER_IMAGE]: 'Container image',
  [DeliverableType.OBSERVABILITY_HOOKS]: 'Observability hooks',
  [DeliverableType.AIRFLOW_DAG]: 'Airflow DAG',
  [DeliverableType.CDC_INGESTION]: 'CDC ingestion',
  [DeliverableType.DBT_PROJECT]: 'dbt project',
  [DeliverableType.PYSPARK_TRANSFORM]: 'PySpark transform',
  [DeliverableType.LAKEHOUSE_DESIGN]: 'Lakehouse design',
  [DeliverableType.TERRAFORM_MODULE]: 'Terraform module',
  [DeliverableType.TABLE_MAINTENANCE_JOB]: 'Table maintenance job',
  [DeliverableType.KAFKA_TOPIC_DESIGN]: 'Kafka topic design',
  [DeliverableType.FLINK_JOB]: 'Flink job',
  [DeliverableType.SCHEMA_REGISTRY]: 'Schema registry',
  [DeliverableType.DEAD_LETTER_HANDLING]: 'Dead-letter handling',
  [DeliverableType.LAG_MONITORING]: 'Lag monitoring',
  [DeliverableType.DATA_QUALITY_SUITE]: 'Data quality suite',
  [DeliverableType.LINEAGE]: 'Lineage',
  [DeliverableType.GDPR_CONTROLS]: 'GDPR controls',
  [DeliverableType.AUDIT_EVIDENCE_MAPPING]: 'Audit evidence mapping',
};
