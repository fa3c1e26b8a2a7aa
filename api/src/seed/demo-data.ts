import {
  AssignmentRole as R,
  DeliverableStatus as DS,
  DeliverableType as DT,
  EngagementStatus,
  OrganizationKind,
  PinnedVersionKind,
  RaidKind,
  RaidSeverity,
  RaidVisibility,
  Role,
  Seniority as S,
  ServiceLine as SL,
} from '@portal/domain';

/** Every demo account shares this password; it is printed at start-up. */
export const DEMO_PASSWORD = 'portal-demo-2026';

export const AGENCY = {
  name: 'Kestrel Data Engineering',
  kind: OrganizationKind.AGENCY,
  sector: null,
  regulations: [],
};

export const CLIENTS = [
  {
    key: 'bank',
    name: 'Baltic Mutual Bank',
    sector: 'Banking',
    regulations: ['DORA', 'GDPR'],
    domain: 'balticmutual.example',
  },
  {
    key: 'health',
    name: 'Helvia Health',
    sector: 'Healthcare',
    regulations: ['GDPR', 'ISO 27001'],
    domain: 'helvia.example',
  },
  {
    key: 'energy',
    name: 'Nordgrid Energy',
    sector: 'Energy',
    regulations: ['NIS2', 'GDPR'],
    domain: 'nordgrid.example',
  },
] as const;

export type ClientKey = (typeof CLIENTS)[number]['key'];

export const AUDIT_FIRM = {
  name: 'Veritas Audit Partners',
  kind: OrganizationKind.AUDIT_FIRM,
  sector: 'Audit',
  regulations: [],
};

interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  organization: 'agency' | 'audit' | ClientKey;
}

export const USERS: DemoUser[] = [
  {
    email: 'admin@kestrel.example',
    displayName: 'Ada Lindqvist',
    role: Role.AGENCY_ADMIN,
    organization: 'agency',
  },
  {
    email: 'lead@kestrel.example',
    displayName: 'Marco Bianchi',
    role: Role.ACCOUNT_LEAD,
    organization: 'agency',
  },
  {
    email: 'lead.north@kestrel.example',
    displayName: 'Sofie Jensen',
    role: Role.ACCOUNT_LEAD,
    organization: 'agency',
  },
  {
    email: 'engineer@kestrel.example',
    displayName: 'Tomás Herrera',
    role: Role.ENGINEER,
    organization: 'agency',
  },
  {
    email: 'manager@balticmutual.example',
    displayName: 'Ilze Kalnina',
    role: Role.CLIENT_MANAGER,
    organization: 'bank',
  },
  {
    email: 'compliance@balticmutual.example',
    displayName: 'Jonas Petraitis',
    role: Role.COMPLIANCE_OFFICER,
    organization: 'bank',
  },
  {
    email: 'viewer@balticmutual.example',
    displayName: 'Liis Tamm',
    role: Role.CLIENT_VIEWER,
    organization: 'bank',
  },
  {
    email: 'manager@helvia.example',
    displayName: 'Claire Dubois',
    role: Role.CLIENT_MANAGER,
    organization: 'health',
  },
  {
    email: 'compliance@helvia.example',
    displayName: 'Pieter de Vries',
    role: Role.COMPLIANCE_OFFICER,
    organization: 'health',
  },
  {
    email: 'viewer@helvia.example',
    displayName: 'Ana Costa',
    role: Role.CLIENT_VIEWER,
    organization: 'health',
  },
  {
    email: 'manager@nordgrid.example',
    displayName: 'Erik Nilsson',
    role: Role.CLIENT_MANAGER,
    organization: 'energy',
  },
  {
    email: 'compliance@nordgrid.example',
    displayName: 'Katarzyna Nowak',
    role: Role.COMPLIANCE_OFFICER,
    organization: 'energy',
  },
  {
    email: 'viewer@nordgrid.example',
    displayName: 'Mikko Virtanen',
    role: Role.CLIENT_VIEWER,
    organization: 'energy',
  },
  {
    email: 'auditor@veritas.example',
    displayName: 'Helen Brooks',
    role: Role.AUDITOR,
    organization: 'audit',
  },
];

/** One sign-in per role, printed by the start command. */
export const DEMO_SIGN_INS = Object.values(Role).map((role) => ({
  role,
  email: USERS.find((user) => user.role === role)!.email,
}));

interface DemoEngineer {
  fullName: string;
  seniority: S;
  location: string;
  skills: string[];
  dayRateEur: number;
  /** Links the profile to the demo engineer account. */
  account?: string;
}

export const ENGINEERS: DemoEngineer[] = [
  {
    fullName: 'Tomás Herrera',
    seniority: S.SENIOR,
    location: 'Madrid, ES',
    skills: ['Go', 'Kafka', 'PostgreSQL', 'gRPC'],
    dayRateEur: 780,
    account: 'engineer@kestrel.example',
  },
  {
    fullName: 'Aino Korhonen',
    seniority: S.STAFF,
    location: 'Helsinki, FI',
    skills: ['Python', 'Airflow', 'dbt', 'Snowflake'],
    dayRateEur: 920,
  },
  {
    fullName: 'Bram Janssen',
    seniority: S.SENIOR,
    location: 'Utrecht, NL',
    skills: ['Python', 'FastAPI', 'PostgreSQL', 'OpenAPI'],
    dayRateEur: 760,
  },
  {
    fullName: 'Chiara Russo',
    seniority: S.PRINCIPAL,
    location: 'Milan, IT',
    skills: ['Flink', 'Kafka', 'Java', 'Schema Registry'],
    dayRateEur: 1100,
  },
  {
    fullName: 'Dawid Zielinski',
    seniority: S.SENIOR,
    location: 'Kraków, PL',
    skills: ['PySpark', 'Databricks', 'Delta Lake', 'Terraform'],
    dayRateEur: 740,
  },
  {
    fullName: 'Elena Popescu',
    seniority: S.MEDIOR,
    location: 'Bucharest, RO',
    skills: ['dbt', 'BigQuery', 'SQL', 'Great Expectations'],
    dayRateEur: 560,
  },
  {
    fullName: 'Felix Wagner',
    seniority: S.STAFF,
    location: 'Berlin, DE',
    skills: ['Go', 'Kubernetes', 'Envoy', 'OpenTelemetry'],
    dayRateEur: 950,
  },
  {
    fullName: 'Greta Lund',
    seniority: S.SENIOR,
    location: 'Copenhagen, DK',
    skills: ['Python', 'Airflow', 'Debezium', 'Kafka Connect'],
    dayRateEur: 800,
  },
  {
    fullName: 'Hugo Lefèvre',
    seniority: S.SENIOR,
    location: 'Lyon, FR',
    skills: ['Scala', 'Spark', 'Iceberg', 'Trino'],
    dayRateEur: 790,
  },
  {
    fullName: 'Irene Papadopoulou',
    seniority: S.MEDIOR,
    location: 'Athens, GR',
    skills: ['Python', 'Great Expectations', 'OpenLineage', 'dbt'],
    dayRateEur: 540,
  },
  {
    fullName: 'Jakub Novák',
    seniority: S.SENIOR,
    location: 'Prague, CZ',
    skills: ['Go', 'PostgreSQL', 'Redis', 'gRPC'],
    dayRateEur: 720,
  },
  {
    fullName: 'Karin Svensson',
    seniority: S.PRINCIPAL,
    location: 'Stockholm, SE',
    skills: ['Data governance', 'GDPR', 'Collibra', 'SQL'],
    dayRateEur: 1150,
  },
  {
    fullName: 'Luca Ferraro',
    seniority: S.SENIOR,
    location: 'Turin, IT',
    skills: ['Kafka', 'Kafka Streams', 'Java', 'Prometheus'],
    dayRateEur: 770,
  },
  {
    fullName: 'Maja Horvat',
    seniority: S.MEDIOR,
    location: 'Zagreb, HR',
    skills: ['Python', 'FastAPI', 'Pytest', 'Docker'],
    dayRateEur: 520,
  },
  {
    fullName: 'Niels Bakker',
    seniority: S.STAFF,
    location: 'Rotterdam, NL',
    skills: ['Terraform', 'AWS', 'Snowflake', 'dbt'],
    dayRateEur: 930,
  },
  {
    fullName: 'Olga Ivanova',
    seniority: S.SENIOR,
    location: 'Tallinn, EE',
    skills: ['Python', 'PySpark', 'Airflow', 'BigQuery'],
    dayRateEur: 700,
  },
  {
    fullName: 'Pau Vidal',
    seniority: S.SENIOR,
    location: 'Barcelona, ES',
    skills: ['Go', 'Kafka', 'Kubernetes', 'Grafana'],
    dayRateEur: 750,
  },
  {
    fullName: 'Quentin Moreau',
    seniority: S.MEDIOR,
    location: 'Brussels, BE',
    skills: ['TypeScript', 'GraphQL', 'Node.js', 'PostgreSQL'],
    dayRateEur: 560,
  },
  {
    fullName: 'Rita Almeida',
    seniority: S.SENIOR,
    location: 'Porto, PT',
    skills: ['dbt', 'Snowflake', 'Data Vault', 'SQL'],
    dayRateEur: 730,
  },
  {
    fullName: 'Stefan Gruber',
    seniority: S.STAFF,
    location: 'Vienna, AT',
    skills: ['Flink', 'Kafka', 'Scala', 'Avro'],
    dayRateEur: 970,
  },
  {
    fullName: 'Tereza Dvořáková',
    seniority: S.MEDIOR,
    location: 'Brno, CZ',
    skills: ['Python', 'Airflow', 'SQL', 'Pandas'],
    dayRateEur: 510,
  },
  {
    fullName: 'Urs Meier',
    seniority: S.SENIOR,
    location: 'Zurich, CH',
    skills: ['Java', 'Spring Boot', 'Kafka', 'OpenAPI'],
    dayRateEur: 980,
  },
  {
    fullName: 'Vera Kovács',
    seniority: S.SENIOR,
    location: 'Budapest, HU',
    skills: ['Databricks', 'Unity Catalog', 'PySpark', 'Terraform'],
    dayRateEur: 710,
  },
  {
    fullName: 'Wiktor Lewandowski',
    seniority: S.MEDIOR,
    location: 'Warsaw, PL',
    skills: ['Go', 'PostgreSQL', 'Docker', 'Prometheus'],
    dayRateEur: 530,
  },
  {
    fullName: 'Yasmin Haddad',
    seniority: S.SENIOR,
    location: 'Marseille, FR',
    skills: ['Python', 'Great Expectations', 'Soda', 'dbt'],
    dayRateEur: 740,
  },
];

interface DemoEngagement {
  name: string;
  client: ClientKey;
  lead: string;
  summary: string;
  serviceLines: SL[];
  status: EngagementStatus;
  startDate: string;
  endDate: string | null;
  team: {
    engineer: string;
    role: R;
    allocationPercent: number;
    startDate: string;
    endDate?: string;
  }[];
  milestones?: DemoMilestone[];
  deliverables: DemoDeliverable[];
  raidItems?: DemoRaidItem[];
}

interface DemoRaidItem {
  kind: RaidKind;
  title: string;
  description: string;
  severity: RaidSeverity;
  visibility: RaidVisibility;
  /** Email of who wrote it; their side decides who sees an INTERNAL entry. */
  author: string;
  owner: string;
  /** Titles of deliverables of the same engagement it concerns. */
  deliverables?: string[];
  closingNote?: string;
}

interface DemoMilestone {
  title: string;
  dueDate: string;
  description: string;
}

interface DemoDeliverable {
  title: string;
  type: DT;
  status: DS;
  dueDate: string;
  /** Title of the milestone it belongs to. */
  milestone?: string;
  /** The version handed over, for deliverables submitted or signed off. */
  pinned?: { kind: PinnedVersionKind; value: string; url: string; submittedAt: string };
  /** Why the client asked for changes. */
  reason?: string;
}

/** The day the demo data describes: health and overdue flags in its tests are judged on it. */
export const DEMO_DAY = '2026-12-04';

export const ENGAGEMENTS: DemoEngagement[] = [
  {
    name: 'Payments API modernisation',
    client: 'bank',
    lead: 'lead@kestrel.example',
    summary:
      'Versioned payment APIs behind a gateway, with contract tests and DORA-ready runbooks.',
    serviceLines: [SL.API_MICROSERVICES, SL.BACKEND_DEVELOPMENT],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-03-02',
    endDate: '2027-02-26',
    team: [
      {
        engineer: 'Tomás Herrera',
        role: R.TECH_LEAD,
        allocationPercent: 100,
        startDate: '2026-03-02',
      },
      {
        engineer: 'Urs Meier',
        role: R.BACKEND_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-03-16',
      },
      {
        engineer: 'Jakub Novák',
        role: R.BACKEND_ENGINEER,
        allocationPercent: 80,
        startDate: '2026-04-01',
      },
      {
        engineer: 'Maja Horvat',
        role: R.BACKEND_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-03-16',
        endDate: '2026-09-30',
      },
    ],
    milestones: [
      {
        title: 'Payments API v2 live',
        dueDate: '2026-06-30',
        description: 'Contract agreed and traffic routed through the new gateway.',
      },
      {
        title: 'DORA operational readiness',
        dueDate: '2027-01-29',
        description: 'Contract tests and incident runbooks ready for the DORA review.',
      },
    ],
    raidItems: [
      {
        kind: RaidKind.RISK,
        title: 'Card scheme certification window may slip',
        description:
          'The scheme’s test slots for Q1 are nearly booked; without one the v2 cut-over waits a quarter.',
        severity: RaidSeverity.HIGH,
        visibility: RaidVisibility.CLIENT_VISIBLE,
        author: 'lead@kestrel.example',
        owner: 'manager@balticmutual.example',
        deliverables: ['Consumer-driven contract test suite'],
      },
      {
        kind: RaidKind.DEPENDENCY,
        title: 'Core banking sandbox for contract tests',
        description: 'Contract tests need the core banking sandbox with refund endpoints enabled.',
        severity: RaidSeverity.MEDIUM,
        visibility: RaidVisibility.CLIENT_VISIBLE,
        author: 'manager@balticmutual.example',
        owner: 'manager@balticmutual.example',
        deliverables: ['Consumer-driven contract test suite'],
        closingNote: 'Sandbox delivered on 2026-10-12 with refunds enabled.',
      },
      {
        kind: RaidKind.RISK,
        title: 'Tech lead rotation in February',
        description: 'Tomás rotates to another client in February; hand-over plan needed before.',
        severity: RaidSeverity.MEDIUM,
        visibility: RaidVisibility.INTERNAL,
        author: 'lead@kestrel.example',
        owner: 'lead@kestrel.example',
      },
      {
        kind: RaidKind.ISSUE,
        title: '2027 budget for the gateway team not yet approved',
        description: 'Procurement has not signed the 2027 extension; raise with the CFO office.',
        severity: RaidSeverity.HIGH,
        visibility: RaidVisibility.INTERNAL,
        author: 'manager@balticmutual.example',
        owner: 'manager@balticmutual.example',
      },
    ],
    deliverables: [
      {
        title: 'Payments API v2 contract (OpenAPI 3.1)',
        type: DT.API_CONTRACT,
        status: DS.ACCEPTED,
        dueDate: '2026-04-30',
        milestone: 'Payments API v2 live',
        pinned: {
          kind: PinnedVersionKind.SPEC_VERSION,
          value: '2.0.0',
          url: 'https://git.balticmutual.example/payments/api-spec/-/tags/2.0.0',
          submittedAt: '2026-04-24T09:30:00Z',
        },
      },
      {
        title: 'Gateway routing and rate limits',
        type: DT.GATEWAY_CONFIGURATION,
        status: DS.ACCEPTED,
        dueDate: '2026-06-15',
        milestone: 'Payments API v2 live',
        pinned: {
          kind: PinnedVersionKind.COMMIT,
          value: '5e1a9c3d7b2f4e6a8c0d1b3f5a7e9c2d4b6f8a0e',
          url: 'https://git.balticmutual.example/payments/gateway/-/commit/5e1a9c3d7b2f4e6a8c0d1b3f5a7e9c2d4b6f8a0e',
          submittedAt: '2026-06-10T14:00:00Z',
        },
      },
      {
        title: 'Consumer-driven contract test suite',
        type: DT.CONTRACT_TEST_SUITE,
        status: DS.IN_PROGRESS,
        dueDate: '2026-12-18',
        milestone: 'DORA operational readiness',
      },
      {
        title: 'Incident runbook for payment outages',
        type: DT.RUNBOOK,
        status: DS.SUBMITTED,
        dueDate: '2026-11-27',
        milestone: 'DORA operational readiness',
        pinned: {
          kind: PinnedVersionKind.TAG,
          value: 'runbook-v1.2',
          url: 'https://git.balticmutual.example/payments/runbooks/-/tags/runbook-v1.2',
          submittedAt: '2026-11-24T16:10:00Z',
        },
      },
    ],
  },
  {
    name: 'Transaction monitoring stream',
    client: 'bank',
    lead: 'lead@kestrel.example',
    summary: 'Real-time fraud signals from card transactions on Kafka and Flink.',
    serviceLines: [SL.REAL_TIME_STREAMING],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-05-04',
    endDate: null,
    team: [
      {
        engineer: 'Chiara Russo',
        role: R.TECH_LEAD,
        allocationPercent: 60,
        startDate: '2026-05-04',
      },
      {
        engineer: 'Luca Ferraro',
        role: R.STREAMING_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-05-04',
      },
      {
        engineer: 'Stefan Gruber',
        role: R.STREAMING_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-06-01',
      },
    ],
    deliverables: [
      {
        title: 'Topic design for card events',
        type: DT.KAFKA_TOPIC_DESIGN,
        status: DS.ACCEPTED,
        dueDate: '2026-06-01',
      },
      {
        title: 'Fraud scoring Flink job',
        type: DT.FLINK_JOB,
        status: DS.IN_PROGRESS,
        dueDate: '2027-01-15',
      },
      {
        title: 'Consumer lag monitoring',
        type: DT.LAG_MONITORING,
        status: DS.PLANNED,
        dueDate: '2027-02-01',
      },
    ],
  },
  {
    name: 'DORA register of information',
    client: 'bank',
    lead: 'lead.north@kestrel.example',
    summary: 'Data model and pipelines that keep the ICT third-party register current.',
    serviceLines: [SL.DATA_QUALITY_GOVERNANCE, SL.DATA_PIPELINES],
    status: EngagementStatus.PROPOSED,
    startDate: '2027-01-11',
    endDate: '2027-06-30',
    team: [
      {
        engineer: 'Karin Svensson',
        role: R.DATA_ENGINEER,
        allocationPercent: 40,
        startDate: '2027-01-11',
      },
    ],
    deliverables: [
      {
        title: 'Register data quality checks',
        type: DT.DATA_QUALITY_SUITE,
        status: DS.PLANNED,
        dueDate: '2027-03-31',
      },
    ],
  },
  {
    name: 'Clinical data lakehouse',
    client: 'health',
    lead: 'lead.north@kestrel.example',
    summary: 'A governed lakehouse on Databricks for clinical and operational data.',
    serviceLines: [SL.DATA_PLATFORM_LAKEHOUSE],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-02-02',
    endDate: '2026-12-31',
    team: [
      {
        engineer: 'Dawid Zielinski',
        role: R.PLATFORM_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-02-02',
      },
      {
        engineer: 'Vera Kovács',
        role: R.PLATFORM_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-02-16',
      },
      {
        engineer: 'Hugo Lefèvre',
        role: R.DATA_ENGINEER,
        allocationPercent: 50,
        startDate: '2026-04-01',
      },
    ],
    milestones: [
      {
        title: 'Lakehouse production go-live',
        dueDate: '2026-11-27',
        description: 'Maintenance jobs and GDPR controls in place before patient data moves.',
      },
    ],
    raidItems: [
      {
        kind: RaidKind.ISSUE,
        title: 'VACUUM retention conflicts with audit trail',
        description: 'Seven-day retention removes history the audit trail needs; 30 days agreed.',
        severity: RaidSeverity.CRITICAL,
        visibility: RaidVisibility.CLIENT_VISIBLE,
        author: 'manager@helvia.example',
        owner: 'lead@kestrel.example',
        deliverables: ['Nightly OPTIMIZE and VACUUM jobs'],
      },
      {
        kind: RaidKind.ASSUMPTION,
        title: 'Databricks Unity Catalog stays the governance layer',
        description: 'GDPR controls are built on Unity Catalog tags and row filters.',
        severity: RaidSeverity.LOW,
        visibility: RaidVisibility.CLIENT_VISIBLE,
        author: 'lead@kestrel.example',
        owner: 'manager@helvia.example',
        deliverables: ['Patient-data GDPR controls'],
      },
      {
        kind: RaidKind.RISK,
        title: 'Overtime on the go-live milestone',
        description: 'The team has run over its allocation three weeks in a row.',
        severity: RaidSeverity.HIGH,
        visibility: RaidVisibility.INTERNAL,
        author: 'lead@kestrel.example',
        owner: 'lead@kestrel.example',
      },
    ],
    deliverables: [
      {
        title: 'Lakehouse design and medallion layout',
        type: DT.LAKEHOUSE_DESIGN,
        status: DS.ACCEPTED,
        dueDate: '2026-03-20',
      },
      {
        title: 'Workspace Terraform modules',
        type: DT.TERRAFORM_MODULE,
        status: DS.ACCEPTED,
        dueDate: '2026-05-01',
      },
      {
        title: 'Nightly OPTIMIZE and VACUUM jobs',
        type: DT.TABLE_MAINTENANCE_JOB,
        status: DS.CHANGES_REQUESTED,
        dueDate: '2026-10-30',
        milestone: 'Lakehouse production go-live',
        pinned: {
          kind: PinnedVersionKind.COMMIT,
          value: 'a41c9e2',
          url: 'https://git.helvia.example/lakehouse/maintenance/-/commit/a41c9e2',
          submittedAt: '2026-10-28T11:00:00Z',
        },
        reason: 'VACUUM retention must keep 30 days of history for the audit trail.',
      },
      {
        title: 'Patient-data GDPR controls',
        type: DT.GDPR_CONTROLS,
        status: DS.IN_PROGRESS,
        dueDate: '2026-11-20',
        milestone: 'Lakehouse production go-live',
      },
    ],
  },
  {
    name: 'Patient records CDC pipelines',
    client: 'health',
    lead: 'lead.north@kestrel.example',
    summary: 'Change data capture from the EHR database into the lakehouse, with lineage.',
    serviceLines: [SL.DATA_PIPELINES, SL.DATA_QUALITY_GOVERNANCE],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-06-01',
    endDate: '2027-03-31',
    team: [
      {
        engineer: 'Greta Lund',
        role: R.DATA_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-06-01',
      },
      {
        engineer: 'Irene Papadopoulou',
        role: R.DATA_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-06-15',
      },
      {
        engineer: 'Tomás Herrera',
        role: R.BACKEND_ENGINEER,
        allocationPercent: 20,
        startDate: '2026-09-01',
      },
    ],
    deliverables: [
      {
        title: 'Debezium CDC ingestion',
        type: DT.CDC_INGESTION,
        status: DS.ACCEPTED,
        dueDate: '2026-08-14',
      },
      {
        title: 'Lineage with OpenLineage',
        type: DT.LINEAGE,
        status: DS.IN_PROGRESS,
        dueDate: '2026-12-11',
      },
      {
        title: 'Data quality suite for admissions',
        type: DT.DATA_QUALITY_SUITE,
        status: DS.PLANNED,
        dueDate: '2027-01-29',
      },
    ],
  },
  {
    name: 'Grid telemetry platform',
    client: 'energy',
    lead: 'lead@kestrel.example',
    summary: 'Streaming ingestion of substation telemetry with dead-letter handling.',
    serviceLines: [SL.REAL_TIME_STREAMING, SL.BACKEND_DEVELOPMENT],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-04-13',
    endDate: null,
    team: [
      { engineer: 'Pau Vidal', role: R.TECH_LEAD, allocationPercent: 100, startDate: '2026-04-13' },
      {
        engineer: 'Felix Wagner',
        role: R.BACKEND_ENGINEER,
        allocationPercent: 50,
        startDate: '2026-04-13',
      },
      {
        engineer: 'Wiktor Lewandowski',
        role: R.BACKEND_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-05-04',
      },
    ],
    milestones: [
      {
        title: 'Telemetry ingestion GA',
        dueDate: '2026-12-21',
        description: 'Worker fleet and dead-letter handling carry production telemetry.',
      },
    ],
    deliverables: [
      {
        title: 'Telemetry schema registry',
        type: DT.SCHEMA_REGISTRY,
        status: DS.ACCEPTED,
        dueDate: '2026-05-29',
      },
      {
        title: 'Dead-letter queue handling',
        type: DT.DEAD_LETTER_HANDLING,
        status: DS.SUBMITTED,
        dueDate: '2026-11-30',
        milestone: 'Telemetry ingestion GA',
        pinned: {
          kind: PinnedVersionKind.HASH,
          value: 'sha256:7d1f0c9b2e4a6d8f0b1c3e5a7d9f1b3c5e7a9d1f3b5c7e9a1d3f5b7c9e1a3d5f',
          url: 'https://registry.nordgrid.example/telemetry/dlq-handler@sha256:7d1f0c9b2e4a6d8f0b1c3e5a7d9f1b3c5e7a9d1f3b5c7e9a1d3f5b7c9e1a3d5f',
          submittedAt: '2026-12-02T08:45:00Z',
        },
      },
      {
        title: 'Ingestion worker fleet',
        type: DT.WORKER_FLEET,
        status: DS.IN_PROGRESS,
        dueDate: '2026-12-21',
        milestone: 'Telemetry ingestion GA',
      },
      {
        title: 'Observability hooks for OT gateways',
        type: DT.OBSERVABILITY_HOOKS,
        status: DS.PLANNED,
        dueDate: '2027-01-22',
      },
    ],
  },
  {
    name: 'Market data pipelines',
    client: 'energy',
    lead: 'lead.north@kestrel.example',
    summary: 'Airflow and dbt pipelines for day-ahead market prices and forecasts.',
    serviceLines: [SL.DATA_PIPELINES],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-07-06',
    endDate: '2027-01-29',
    team: [
      {
        engineer: 'Aino Korhonen',
        role: R.TECH_LEAD,
        allocationPercent: 80,
        startDate: '2026-07-06',
      },
      {
        engineer: 'Olga Ivanova',
        role: R.DATA_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-07-06',
      },
      {
        engineer: 'Tereza Dvořáková',
        role: R.DATA_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-08-03',
      },
      {
        engineer: 'Rita Almeida',
        role: R.ANALYTICS_ENGINEER,
        allocationPercent: 60,
        startDate: '2026-08-03',
      },
    ],
    deliverables: [
      {
        title: 'Price ingestion Airflow DAGs',
        type: DT.AIRFLOW_DAG,
        status: DS.ACCEPTED,
        dueDate: '2026-08-28',
      },
      {
        title: 'Forecast dbt project',
        type: DT.DBT_PROJECT,
        status: DS.IN_PROGRESS,
        dueDate: '2026-12-04',
      },
      {
        title: 'PySpark backfill transforms',
        type: DT.PYSPARK_TRANSFORM,
        status: DS.PLANNED,
        dueDate: '2027-01-15',
      },
    ],
  },
  {
    name: 'NIS2 data governance programme',
    client: 'energy',
    lead: 'lead@kestrel.example',
    summary: 'Data ownership, quality gates and audit evidence mapping for NIS2.',
    serviceLines: [SL.DATA_QUALITY_GOVERNANCE],
    status: EngagementStatus.ACTIVE,
    startDate: '2026-09-07',
    endDate: '2027-05-28',
    team: [
      {
        engineer: 'Karin Svensson',
        role: R.TECH_LEAD,
        allocationPercent: 50,
        startDate: '2026-09-07',
      },
      {
        engineer: 'Yasmin Haddad',
        role: R.DATA_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-09-07',
      },
      {
        engineer: 'Elena Popescu',
        role: R.ANALYTICS_ENGINEER,
        allocationPercent: 100,
        startDate: '2026-10-05',
      },
    ],
    deliverables: [
      {
        title: 'Audit evidence mapping for Article 21',
        type: DT.AUDIT_EVIDENCE_MAPPING,
        status: DS.IN_PROGRESS,
        dueDate: '2026-12-15',
      },
      {
        title: 'Quality gates on asset registry',
        type: DT.DATA_QUALITY_SUITE,
        status: DS.PLANNED,
        dueDate: '2027-02-12',
      },
    ],
  },
];

interface DemoStatusReport {
  engagement: string;
  author: string;
  periodFrom: string;
  periodTo: string;
  summary: string;
  highlights: string;
  risksAndNextSteps: string;
  /** When it was published; a report without it stays a draft. */
  publishedAt?: string;
}

export const STATUS_REPORTS: DemoStatusReport[] = [
  {
    engagement: 'Payments API modernisation',
    author: 'lead@kestrel.example',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    summary:
      'The v2 payments API is live behind the new gateway. November went into DORA readiness: contract tests and the incident runbook.',
    highlights:
      'Runbook for payment outages submitted for sign-off (tag runbook-v1.2). Contract test suite covers refunds and reversals.',
    risksAndNextSteps:
      'Card scheme certification slots for Q1 are scarce; we ask the bank to book one this month. Next: finish the contract test suite by 18 December.',
    publishedAt: '2026-11-30T16:00:00Z',
  },
  {
    engagement: 'Payments API modernisation',
    author: 'lead@kestrel.example',
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
    summary: 'Draft: contract tests, runbook sign-off, certification booking.',
    highlights: '',
    risksAndNextSteps: '',
  },
  {
    engagement: 'Clinical data lakehouse',
    author: 'lead@kestrel.example',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    summary:
      'Go-live slipped: the maintenance jobs came back with a retention change and the GDPR controls are still in progress.',
    highlights: 'Lakehouse design and workspace modules are accepted and in use.',
    risksAndNextSteps:
      'VACUUM retention moves to 30 days; resubmission planned for 9 December. GDPR controls follow in the same week.',
    publishedAt: '2026-11-30T17:30:00Z',
  },
];
