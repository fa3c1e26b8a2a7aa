/** The agency's six service lines. */
export enum ServiceLine {
  API_MICROSERVICES = 'API_MICROSERVICES',
  BACKEND_DEVELOPMENT = 'BACKEND_DEVELOPMENT',
  DATA_PIPELINES = 'DATA_PIPELINES',
  DATA_PLATFORM_LAKEHOUSE = 'DATA_PLATFORM_LAKEHOUSE',
  REAL_TIME_STREAMING = 'REAL_TIME_STREAMING',
  DATA_QUALITY_GOVERNANCE = 'DATA_QUALITY_GOVERNANCE',
}

export const SERVICE_LINE_LABELS: Record<ServiceLine, string> = {
  [ServiceLine.API_MICROSERVICES]: 'API & microservices',
  [ServiceLine.BACKEND_DEVELOPMENT]: 'Backend development',
  [ServiceLine.DATA_PIPELINES]: 'Data pipelines',
  [ServiceLine.DATA_PLATFORM_LAKEHOUSE]: 'Data platform & lakehouse',
  [ServiceLine.REAL_TIME_STREAMING]: 'Real-time streaming',
  [ServiceLine.DATA_QUALITY_GOVERNANCE]: 'Data quality & governance',
};

export enum EngagementStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
}

export enum Seniority {
  MEDIOR = 'MEDIOR',
  SENIOR = 'SENIOR',
  STAFF = 'STAFF',
  PRINCIPAL = 'PRINCIPAL',
}

export enum AssignmentRole {
  TECH_LEAD = 'TECH_LEAD',
  BACKEND_ENGINEER = 'BACKEND_ENGINEER',
  DATA_ENGINEER = 'DATA_ENGINEER',
  PLATFORM_ENGINEER = 'PLATFORM_ENGINEER',
  STREAMING_ENGINEER = 'STREAMING_ENGINEER',
  ANALYTICS_ENGINEER = 'ANALYTICS_ENGINEER',
}

export enum DeliverableStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

/** What the agency delivers; grouped by the service line that usually produces it. */
export enum DeliverableType {
  API_CONTRACT = 'API_CONTRACT',
  GATEWAY_CONFIGURATION = 'GATEWAY_CONFIGURATION',
  BACKEND_FOR_FRONTEND = 'BACKEND_FOR_FRONTEND',
  CONTRACT_TEST_SUITE = 'CONTRACT_TEST_SUITE',
  RUNBOOK = 'RUNBOOK',
  PRODUCTION_SERVICE = 'PRODUCTION_SERVICE',
  WORKER_FLEET = 'WORKER_FLEET',
  CONTAINER_IMAGE = 'CONTAINER_IMAGE',
  OBSERVABILITY_HOOKS = 'OBSERVABILITY_HOOKS',
  AIRFLOW_DAG = 'AIRFLOW_DAG',
  CDC_INGESTION = 'CDC_INGESTION',
  DBT_PROJECT = 'DBT_PROJECT',
  PYSPARK_TRANSFORM = 'PYSPARK_TRANSFORM',
  LAKEHOUSE_DESIGN = 'LAKEHOUSE_DESIGN',
  TERRAFORM_MODULE = 'TERRAFORM_MODULE',
  TABLE_MAINTENANCE_JOB = 'TABLE_MAINTENANCE_JOB',
  KAFKA_TOPIC_DESIGN = 'KAFKA_TOPIC_DESIGN',
  FLINK_JOB = 'FLINK_JOB',
  SCHEMA_REGISTRY = 'SCHEMA_REGISTRY',
  DEAD_LETTER_HANDLING = 'DEAD_LETTER_HANDLING',
  LAG_MONITORING = 'LAG_MONITORING',
  DATA_QUALITY_SUITE = 'DATA_QUALITY_SUITE',
  LINEAGE = 'LINEAGE',
  GDPR_CONTROLS = 'GDPR_CONTROLS',
  AUDIT_EVIDENCE_MAPPING = 'AUDIT_EVIDENCE_MAPPING',
}

/** Where an in-scope requirement stands, as its owner and the compliance officer set it. */
export enum RequirementStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  READY_FOR_REVIEW = 'READY_FOR_REVIEW',
  COMPLIANT = 'COMPLIANT',
  NON_COMPLIANT = 'NON_COMPLIANT',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/**
 * What the evidence says about a requirement, derived (never stored) by one rule:
 * NOT_APPLICABLE when scoped out; COVERED when a linked evidence's latest version is accepted
 * and not expired; COVERED_BY_MAPPING when such evidence sits on a requirement that maps to
 * this one as EQUAL or SUPERSET (it asks at least as much); PARTIAL when accepted fresh
 * evidence reaches it only through a SUBSET or INTERSECT mapping; EXPIRED when accepted
 * evidence exists but has expired; PENDING_REVIEW when evidence waits for a decision;
 * otherwise MISSING. The first that applies wins, in that order.
 */
export enum EvidenceStatus {
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  COVERED = 'COVERED',
  COVERED_BY_MAPPING = 'COVERED_BY_MAPPING',
  PARTIAL = 'PARTIAL',
  EXPIRED = 'EXPIRED',
  PENDING_REVIEW = 'PENDING_REVIEW',
  MISSING = 'MISSING',
}

export enum EvidenceKind {
  FILE = 'FILE',
  LINK = 'LINK',
  ATTESTATION = 'ATTESTATION',
}

export enum ReviewDecision {
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** Freshness of an evidence version, from its valid-until date. */
export enum Freshness {
  FRESH = 'FRESH',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = {
  [AssignmentRole.TECH_LEAD]: 'Tech lead',
  [AssignmentRole.BACKEND_ENGINEER]: 'Backend engineer',
  [AssignmentRole.DATA_ENGINEER]: 'Data engineer',
  [AssignmentRole.PLATFORM_ENGINEER]: 'Platform engineer',
  [AssignmentRole.STREAMING_ENGINEER]: 'Streaming engineer',
  [AssignmentRole.ANALYTICS_ENGINEER]: 'Analytics engineer',
};

export const SENIORITY_LABELS: Record<Seniority, string> = {
  [Seniority.MEDIOR]: 'Medior',
  [Seniority.SENIOR]: 'Senior',
  [Seniority.STAFF]: 'Staff',
  [Seniority.PRINCIPAL]: 'Principal',
};
