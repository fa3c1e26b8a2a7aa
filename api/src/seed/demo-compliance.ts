import { FrameworkKey } from '@portal/catalogs';
import { ReviewDecision } from '@portal/domain';

import { demoCsv, demoJson, demoMarkdown, demoPdf, demoPng } from './demo-files';

/** Frameworks in scope per demo engagement, and evidence of every kind in every state. */

export const DEMO_SCOPES: { engagement: string; officer: string; frameworks: FrameworkKey[] }[] = [
  {
    engagement: 'Payments API modernisation',
    officer: 'compliance@balticmutual.example',
    frameworks: [FrameworkKey.DORA, FrameworkKey.ISO27001, FrameworkKey.GDPR],
  },
  {
    engagement: 'Transaction monitoring stream',
    officer: 'compliance@balticmutual.example',
    frameworks: [FrameworkKey.DORA, FrameworkKey.SOC2],
  },
  {
    engagement: 'Clinical data lakehouse',
    officer: 'compliance@helvia.example',
    frameworks: [FrameworkKey.GDPR, FrameworkKey.ISO27001],
  },
  {
    engagement: 'Grid telemetry platform',
    officer: 'compliance@nordgrid.example',
    frameworks: [FrameworkKey.NIS2, FrameworkKey.ISO27001],
  },
];

export const DEMO_NOT_APPLICABLE = [
  {
    engagement: 'Payments API modernisation',
    reference: { framework: FrameworkKey.DORA, reference: 'Art. 16' },
    justification:
      'The bank is not a small or non-interconnected entity; Article 16 does not apply.',
  },
  {
    engagement: 'Payments API modernisation',
    reference: { framework: FrameworkKey.ISO27001, reference: 'A.7.5' },
    justification:
      'The engagement runs on the bank’s cloud tenancy; physical threats are the provider’s scope.',
  },
];

export interface DemoEvidence {
  engagement: string;
  uploader: string;
  reviewer: string | null;
  decision?: ReviewDecision;
  comment?: string;
  title: string;
  description: string;
  requirements: { framework: FrameworkKey; reference: string }[];
  /** Days from today; negative is in the past. */
  coversFromDays: number;
  coversToDays: number;
  validUntilDays: number | null;
  content:
    | { kind: 'file'; fileName: string; bytes: () => Promise<Buffer> | Buffer }
    | { kind: 'link'; url: string }
    | { kind: 'attestation'; statement: string };
}

const ISO = FrameworkKey.ISO27001;

export const DEMO_EVIDENCE: DemoEvidence[] = [
  {
    engagement: 'Payments API modernisation',
    uploader: 'engineer@kestrel.example',
    reviewer: 'compliance@balticmutual.example',
    decision: ReviewDecision.ACCEPTED,
    comment: 'Covers detection, escalation and the regulator timeline.',
    title: 'Payment outage incident runbook',
    description:
      'Runbook for payment API incidents, with the DORA classification and reporting steps.',
    requirements: [
      { framework: FrameworkKey.DORA, reference: 'Art. 17' },
      { framework: ISO, reference: 'A.5.26' },
    ],
    coversFromDays: -120,
    coversToDays: 0,
    validUntilDays: 240,
    content: {
      kind: 'file',
      fileName: 'payment-incident-runbook.pdf',
      bytes: () =>
        demoPdf('Payment outage incident runbook', [
          '1. Detect: alerts on error rate above 2% for five minutes page the on-call engineer.',
          '2. Classify the incident against the DORA major-incident criteria within one hour.',
          '3. Escalate major incidents to the bank’s incident manager, who notifies the regulator.',
          '4. Recover using the rollback procedure; record every step in the incident channel.',
        ]),
    },
  },
  {
    engagement: 'Payments API modernisation',
    uploader: 'engineer@kestrel.example',
    reviewer: 'compliance@balticmutual.example',
    decision: ReviewDecision.ACCEPTED,
    comment: 'Quarterly review complete; two stale accounts removed.',
    title: 'Access review export, third quarter',
    description:
      'Service accounts and human access to the payments namespace, reviewed by the tech lead.',
    requirements: [
      { framework: ISO, reference: 'A.5.18' },
      { framework: ISO, reference: 'A.8.2' },
    ],
    coversFromDays: -150,
    coversToDays: -60,
    validUntilDays: 20,
    content: {
      kind: 'file',
      fileName: 'access-review-q3.csv',
      bytes: () =>
        demoCsv([
          ['account', 'type', 'access', 'reviewed_by', 'decision'],
          ['svc-payments-api', 'service', 'read-write', 'Tomás Herrera', 'keep'],
          ['svc-ledger-sync', 'service', 'read', 'Tomás Herrera', 'keep'],
          ['j.doe', 'human', 'admin', 'Tomás Herrera', 'remove'],
        ]),
    },
  },
  {
    engagement: 'Payments API modernisation',
    uploader: 'engineer@kestrel.example',
    reviewer: null,
    title: 'Backup restore test results',
    description: 'Monthly restore of the payments database into an isolated environment.',
    requirements: [
      { framework: ISO, reference: 'A.8.13' },
      { framework: FrameworkKey.DORA, reference: 'Art. 12' },
    ],
    coversFromDays: -30,
    coversToDays: -1,
    validUntilDays: 60,
    content: {
      kind: 'file',
      fileName: 'restore-test.json',
      bytes: () =>
        demoJson({
          database: 'payments',
          restoredRows: 18250311,
          durationSeconds: 1242,
          checksumsMatch: true,
        }),
    },
  },
  {
    engagement: 'Payments API modernisation',
    uploader: 'engineer@kestrel.example',
    reviewer: 'compliance@balticmutual.example',
    decision: ReviewDecision.ACCEPTED,
    comment: 'Accepted for the last audit; needs a refresh.',
    title: 'Network segmentation diagram',
    description: 'Zones and allowed flows around the payment gateway.',
    requirements: [{ framework: ISO, reference: 'A.8.22' }],
    coversFromDays: -400,
    coversToDays: -200,
    validUntilDays: -10,
    content: { kind: 'file', fileName: 'segmentation.png', bytes: () => demoPng([3, 7, 4, 9, 5]) },
  },
  {
    engagement: 'Payments API modernisation',
    uploader: 'engineer@kestrel.example',
    reviewer: 'compliance@balticmutual.example',
    decision: ReviewDecision.REJECTED,
    comment: 'Draft only; please upload the approved version.',
    title: 'Secure development guideline',
    description: 'How the team reviews, tests and releases code.',
    requirements: [{ framework: ISO, reference: 'A.8.25' }],
    coversFromDays: -90,
    coversToDays: 0,
    validUntilDays: 300,
    content: {
      kind: 'file',
      fileName: 'secure-development.md',
      bytes: () =>
        demoMarkdown(
          `# Secure development guideline (draft)\n\n- Every change is reviewed by a second engineer.\n- Contract tests gate every release.\n`,
        ),
    },
  },
  {
    engagement: 'Payments API modernisation',
    uploader: 'lead@kestrel.example',
    reviewer: 'compliance@balticmutual.example',
    decision: ReviewDecision.ACCEPTED,
    comment: 'Gates verified in the pipeline definition.',
    title: 'CI pipeline quality gates',
    description: 'Pipeline definition with mandatory tests, dependency scanning and signed images.',
    requirements: [{ framework: ISO, reference: 'A.8.29' }],
    coversFromDays: -60,
    coversToDays: 0,
    validUntilDays: 180,
    content: {
      kind: 'link',
      url: 'https://git.balticmutual.example/payments/api/-/blob/main/.ci/pipeline.yml',
    },
  },
  {
    engagement: 'Payments API modernisation',
    uploader: 'engineer@kestrel.example',
    reviewer: 'compliance@balticmutual.example',
    decision: ReviewDecision.ACCEPTED,
    comment: 'Statement accepted; spot check planned next quarter.',
    title: 'No production personal data in test environments',
    description: 'Attestation by the tech lead.',
    requirements: [{ framework: FrameworkKey.GDPR, reference: 'Art. 25' }],
    coversFromDays: -90,
    coversToDays: 0,
    validUntilDays: 90,
    content: {
      kind: 'attestation',
      statement:
        'Test and staging environments of the payments API hold only synthetic data generated by the fixture tool; no production personal data has been copied into them during the period.',
    },
  },
  {
    engagement: 'Clinical data lakehouse',
    uploader: 'lead.north@kestrel.example',
    reviewer: 'compliance@helvia.example',
    decision: ReviewDecision.ACCEPTED,
    comment: 'Matches the records of processing.',
    title: 'Pseudonymisation design for patient tables',
    description: 'Which columns are tokenised, where keys live, who can re-identify.',
    requirements: [
      { framework: FrameworkKey.GDPR, reference: 'Art. 32' },
      { framework: ISO, reference: 'A.8.11' },
    ],
    coversFromDays: -100,
    coversToDays: 0,
    validUntilDays: 200,
    content: {
      kind: 'file',
      fileName: 'pseudonymisation-design.pdf',
      bytes: () =>
        demoPdf('Pseudonymisation design', [
          'Direct identifiers are replaced by keyed tokens before data reaches the silver layer.',
          'Token keys live in the hospital key vault; only the data protection office can re-identify.',
        ]),
    },
  },
  {
    engagement: 'Grid telemetry platform',
    uploader: 'lead@kestrel.example',
    reviewer: null,
    title: 'Dead-letter queue alert history',
    description: 'Alerts raised on the telemetry dead-letter topic over the last month.',
    requirements: [{ framework: FrameworkKey.NIS2, reference: 'Art. 21(2)(b)' }],
    coversFromDays: -30,
    coversToDays: 0,
    validUntilDays: 90,
    content: {
      kind: 'file',
      fileName: 'dlq-alerts.csv',
      bytes: () =>
        demoCsv([
          ['raised_at', 'topic', 'messages', 'resolved_minutes'],
          ['2026-11-02T08:14:00Z', 'telemetry.dlq', 412, 38],
          ['2026-11-19T22:40:00Z', 'telemetry.dlq', 57, 12],
        ]),
    },
  },
];
