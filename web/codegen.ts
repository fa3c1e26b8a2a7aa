import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, generated from the API's committed schema. GraphQL enums map
 * onto the shared enums of @portal/domain so that labels such as ROLE_LABELS index them directly.
 */
const sharedEnums = [
  'AssignmentRole',
  'CandidateState',
  'DeliverableStatus',
  'DeliverableType',
  'EngagementSide',
  'EngagementStatus',
  'EvidenceKind',
  'EvidenceStatus',
  'FeedbackVisibility',
  'Freshness',
  'HealthReasonCode',
  'HealthStatus',
  'InterviewOutcome',
  'OrganizationKind',
  'PinnedVersionKind',
  'RaidKind',
  'RaidSeverity',
  'RaidStatus',
  'RaidVisibility',
  'RequirementStatus',
  'ReviewDecision',
  'Role',
  'SeatState',
  'Seniority',
  'ServiceLine',
  'SignOffDecision',
  'StatusReportState',
  'StaffingChangeKind',
  'StaffingChangeState',
];

const config: CodegenConfig = {
  schema: 'api/schema.graphql',
  documents: ['web/src/**/*.ts', 'web/src/**/*.tsx', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSONObject: 'Record<string, unknown>',
        },
        strictScalars: true,
        useTypeImports: true,
        enumValues: Object.fromEntries(sharedEnums.map((name) => [name, `@portal/domain#${name}`])),
      },
    },
  },
};

export default config;
