import {
  PackEvidenceCitation,
  PackEvidenceFile,
  PackFramework,
  PackModel,
  PackRequirement,
} from '../pack-model';
import { mappingLabel } from './control-matrix-rows';
import { isUuid, packUuid } from './deterministic-uuid';
import {
  OscalAssessmentResultsDocument,
  OscalControlSelection,
  OscalFinding,
  OscalObservation,
  OscalParty,
  OscalProperty,
  OscalResource,
} from './oscal-assessment-results.types';
import { PACK_FILES, packPathHref } from './pack-files';

/**
 * `assessment-results.json`: the pack as NIST OSCAL 1.1.2 Assessment Results, valid against
 * the published JSON schema. One result for the audit period; one finding per requirement;
 * one observation per evidence version that counts; one back-matter resource per evidence
 * version, carrying its SHA-256. UUIDs are derived from the pack ID, so the same model always
 * renders the same document.
 */

/** Namespace of the portal's own properties, as OSCAL asks for names it does not define. */
export const PORTAL_PROPERTY_NAMESPACE = 'urn:engagement-portal:audit-pack';

const SATISFIED_STATUSES: ReadonlySet<string> = new Set(['COVERED', 'COVERED_BY_MAPPING']);

const STATUS_REMARKS: Readonly<Record<string, string>> = {
  COVERED: 'Accepted evidence overlapping the audit period counts for this requirement directly.',
  COVERED_BY_MAPPING:
    'Accepted evidence overlapping the audit period counts through a mapping from another requirement.',
  PARTIAL:
    'Only evidence on a partly overlapping mapped requirement counts; it does not cover this ' +
    'requirement on its own.',
  EXPIRED: 'The accepted evidence expired; none counts in the audit period.',
  PENDING_REVIEW: 'Evidence awaits a reviewer decision; none counts yet.',
  MISSING: 'No evidence counts for this requirement in the audit period.',
};

/** One evidence version, gathered from the citations and the evidence files that name it. */
interface EvidenceVersion {
  versionId: string;
  evidenceId: string;
  title: string;
  kind: PackEvidenceCitation['kind'];
  sha256: string;
  packPath: string | null;
  file: PackEvidenceFile | null;
  /** The citations through which the version counts, in requirement order. */
  counting: { requirement: PackRequirement; citation: PackEvidenceCitation }[];
}

export function renderAssessmentResults(model: PackModel): OscalAssessmentResultsDocument {
  const uuid = (name: string) => packUuid(model.packId, name);
  const versions = evidenceVersions(model);
  const counted = versions.filter((version) => version.counting.length > 0);
  const planUuid = uuid('assessment-plan');
  const generatedAt = dateTime(model.generatedAt);

  const observations = counted.map((version) => observation(model, version));
  const findings = model.requirements.map((requirement) => finding(model, requirement));
  const preparedBy = uuid('party/generated-by');
  const preparedFor = uuid('party/client');

  return {
    'assessment-results': {
      uuid: uuid('assessment-results'),
      metadata: {
        title: `Assessment results: ${model.engagement.name} (${model.client.name})`,
        published: generatedAt,
        'last-modified': generatedAt,
        version: oscalText(model.packId) || '1',
        'oscal-version': '1.1.2',
        ...properties([
          ['pack-id', model.packId],
          ['engagement-id', model.engagement.id],
          ['engagement', model.engagement.name],
          ['client-id', model.client.id],
        ]),
        roles: [
          { id: 'prepared-by', title: 'Prepared by' },
          { id: 'prepared-for', title: 'Prepared for' },
        ],
        parties: [
          party(preparedBy, 'person', model.generatedBy.name),
          party(preparedFor, 'organization', model.client.name),
        ],
        'responsible-parties': [
          { 'role-id': 'prepared-by', 'party-uuids': [preparedBy] },
          { 'role-id': 'prepared-for', 'party-uuids': [preparedFor] },
        ],
      },
      'import-ap': {
        href: `#${planUuid}`,
        remarks:
          'The portal writes no separate OSCAL assessment plan; the referenced resource names ' +
          'the frameworks and the audit period that were assessed.',
      },
      results: [
        {
          uuid: uuid('result'),
          title: `Evidence review: ${model.engagement.name}`,
          description:
            `Requirements of ${frameworkNames(model.frameworks)} assessed for ` +
            `${model.client.name} on the evidence recorded in the Engagement Portal from ` +
            `${model.auditPeriod.from} to ${model.auditPeriod.to}. Evidence counts when a ` +
            'reviewer accepted it and it overlaps the audit period; evidence on another ' +
            "requirement counts through the portal's mappings.",
          start: startOfDay(model.auditPeriod.from),
          end: endOfDay(model.auditPeriod.to),
          'reviewed-controls': { 'control-selections': controlSelections(model) },
          ...(observations.length > 0 ? { observations } : {}),
          ...(findings.length > 0 ? { findings } : {}),
        },
      ],
      'back-matter': {
        resources: [
          planResource(model, planUuid),
          ...versions.map((version) => evidenceResource(model, version)),
        ],
      },
    },
  };
}

/**
 * An OSCAL token for a requirement: framework key and reference, lower case, joined by `_`,
 * whitespace dropped and other punctuation turned into `-`; `ISO27001` `A.8.15` gives
 * `iso27001_a.8.15`, `NIS2` `Art. 21(2)(d)` gives `nis2_art.21-2-d`.
 */
export function requirementToken(framework: string, reference: string): string {
  const part = (text: string) =>
    text
      .replace(/\s+/gu, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  const token = [part(framework), part(reference)].filter((piece) => piece).join('_');

  return /^[\p{L}_]/u.test(token) ? token : `_${token}`;
}

function evidenceVersions(model: PackModel): EvidenceVersion[] {
  const byId = new Map<string, EvidenceVersion>();
  const files = new Map(model.evidenceFiles.map((file) => [file.versionId, file]));
  for (const requirement of model.requirements) {
    for (const citation of requirement.evidence) {
      let version = byId.get(citation.versionId);
      if (!version) {
        const file = files.get(citation.versionId) ?? null;
        version = {
          versionId: citation.versionId,
          evidenceId: citation.evidenceId,
          title: citation.title,
          kind: citation.kind,
          sha256: citation.sha256,
          packPath: citation.packPath ?? (file?.status === 'INCLUDED' ? file.path : null),
          file,
          counting: [],
        };
        byId.set(citation.versionId, version);
      }
      if (citation.counts) version.counting.push({ requirement, citation });
    }
  }

  // A file the pack holds or lost may be cited by no requirement in scope; it is listed anyway.
  for (const file of model.evidenceFiles) {
    if (byId.has(file.versionId)) continue;

    byId.set(file.versionId, {
      versionId: file.versionId,
      evidenceId: file.evidenceId,
      title: file.title,
      kind: 'FILE',
      sha256: file.sha256,
      packPath: file.status === 'INCLUDED' ? file.path : null,
      file,
      counting: [],
    });
  }

  return [...byId.values()];
}

function observation(model: PackModel, version: EvidenceVersion): OscalObservation {
  const { citation } = version.counting[0];
  const countsFor = version.counting.map(({ requirement, citation: counting }) => {
    const label = `${requirement.framework} ${requirement.reference}`;

    return counting.via ? `${label} (through ${mappingLabel(counting.via)})` : label;
  });
  const review = citation.decision
    ? `${citation.decision.toLowerCase()} by ${citation.reviewer ?? 'an unnamed reviewer'}` +
      (citation.reviewedAt ? ` on ${citation.reviewedAt}` : '')
    : 'not reviewed';
  const period =
    citation.coversFrom || citation.coversTo
      ? ` It covers ${citation.coversFrom ?? 'an open start'} to ${citation.coversTo ?? 'an open end'}.`
      : '';

  return {
    uuid: observationUuid(model, version.versionId),
    title: `Examined: ${version.title}`,
    description:
      `Version ${version.versionId} of ${version.kind.toLowerCase()} evidence "${version.title}", ` +
      `${review}.${period} It counts for ${countsFor.join('; ')}.`,
    ...properties([
      ['evidence-id', version.evidenceId],
      ['version-id', version.versionId],
      ['evidence-kind', version.kind],
      ['freshness', citation.freshness],
    ]),
    methods: ['EXAMINE'],
    types: ['control-objective'],
    'relevant-evidence': [
      {
        href: `#${resourceUuid(model, version.versionId)}`,
        description: `${version.title} (SHA-256 ${version.sha256})`,
      },
    ],
    collected: dateTime(citation.reviewedAt ?? model.generatedAt),
    ...(citation.validUntil ? { expires: endOfDay(citation.validUntil) } : {}),
  };
}

function finding(model: PackModel, requirement: PackRequirement): OscalFinding {
  const satisfied = SATISFIED_STATUSES.has(requirement.evidenceStatus);
  const notApplicable = requirement.evidenceStatus === 'NOT_APPLICABLE';
  const counting = requirement.evidence.filter((citation) => citation.counts);
  const observationUuids = [...new Set(counting.map((citation) => citation.versionId))].map(
    (versionId) => ({ 'observation-uuid': observationUuid(model, versionId) }),
  );
  const mappings = counting.flatMap((citation) =>
    citation.via ? [mappingLabel(citation.via)] : [],
  );
  const justification = requirement.justification?.trim() || null;
  const label = `${requirement.framework} ${requirement.reference}`;

  return {
    uuid: packUuid(model.packId, `finding/${requirement.framework}/${requirement.reference}`),
    title: `${label}: ${requirement.title}`,
    description:
      `Evidence status in the audit period: ${requirement.evidenceStatus}. ` +
      `Status set by the team: ${requirement.status}.`,
    target: {
      type: 'objective-id',
      'target-id': requirementToken(requirement.framework, requirement.reference),
      title: requirement.title,
      ...properties([
        ['framework', requirement.framework],
        ['reference', requirement.reference],
        ['requirement-group', requirement.group],
        ['requirement-status', requirement.status],
        ['evidence-status', requirement.evidenceStatus],
      ]),
      status: {
        state: satisfied ? 'satisfied' : 'not-satisfied',
        reason: satisfied
          ? 'pass'
          : notApplicable || requirement.evidenceStatus === 'PENDING_REVIEW'
            ? 'other'
            : 'fail',
        remarks: notApplicable
          ? `Not applicable: ${justification ?? 'no justification recorded'}.`
          : (STATUS_REMARKS[requirement.evidenceStatus] ??
            `Evidence status ${requirement.evidenceStatus}.`),
      },
      ...(notApplicable
        ? {
            'implementation-status': {
              state: 'not-applicable' as const,
              remarks: justification ?? 'No justification recorded.',
            },
          }
        : {}),
    },
    ...(observationUuids.length > 0 ? { 'related-observations': observationUuids } : {}),
    ...(mappings.length > 0 ? { remarks: `Counts through: ${mappings.join('; ')}.` } : {}),
  };
}

function controlSelections(model: PackModel): OscalControlSelection[] {
  const keys = [
    ...new Set([
      ...model.frameworks.map((framework) => framework.key),
      ...model.requirements.map((requirement) => requirement.framework),
    ]),
  ];
  const selections = keys.flatMap((key): OscalControlSelection[] => {
    const ids = model.requirements
      .filter((requirement) => requirement.framework === key)
      .map((requirement) => requirementToken(requirement.framework, requirement.reference));
    if (ids.length === 0) return [];

    const framework = model.frameworks.find((candidate) => candidate.key === key);

    return [
      {
        description: framework ? `${framework.name}, catalog ${framework.catalogVersion}` : key,
        'include-controls': [...new Set(ids)].map((id) => ({ 'control-id': id })),
      },
    ];
  });

  return selections.length > 0 ? selections : [{ remarks: 'No requirement in scope.' }];
}

function planResource(model: PackModel, uuid: string): OscalResource {
  return {
    uuid,
    title: 'Assessment scope: frameworks and audit period',
    description:
      `Frameworks ${frameworkNames(model.frameworks)}, audit period ${model.auditPeriod.from} ` +
      `to ${model.auditPeriod.to}, engagement ${model.engagement.name}. The signed manifest ` +
      'of the pack records the same scope.',
    ...properties(
      model.frameworks.map((framework): [string, string] => [
        'framework',
        `${framework.key} catalog ${framework.catalogVersion} (source ${framework.sourceVersion})`,
      ]),
    ),
    rlinks: [{ href: PACK_FILES.manifest, 'media-type': 'application/json' }],
  };
}

function evidenceResource(model: PackModel, version: EvidenceVersion): OscalResource {
  const sha256 = oscalText(version.sha256);
  const mediaType = oscalText(version.file?.contentType ?? '');
  const fileNote = version.file
    ? `, file ${version.file.fileName} (${version.file.sizeBytes} bytes)`
    : '';
  const missing = version.file && version.file.status !== 'INCLUDED';

  return {
    uuid: resourceUuid(model, version.versionId),
    title: version.title,
    description: `${version.kind.toLowerCase()} evidence, version ${version.versionId}${fileNote}.`,
    ...properties([
      ['evidence-id', version.evidenceId],
      ['version-id', version.versionId],
      ['evidence-kind', version.kind],
      ['file-status', version.file?.status ?? ''],
    ]),
    rlinks: [
      {
        href: version.packPath ? packPathHref(version.packPath) : versionUrn(model, version),
        ...(mediaType ? { 'media-type': mediaType } : {}),
        ...(sha256 ? { hashes: [{ algorithm: 'SHA-256' as const, value: sha256 }] } : {}),
      },
    ],
    ...(missing
      ? {
          remarks:
            version.file?.status === 'HASH_MISMATCH'
              ? 'The stored file does not match this SHA-256 and is not in the pack.'
              : 'The file is missing from the evidence store and is not in the pack.',
        }
      : {}),
  };
}

/**
 * Links and attestations have no file in the pack, and the model carries no URL for links;
 * the version is named by a URN instead, so its hash still has an `href` to hang on.
 */
function versionUrn(model: PackModel, version: EvidenceVersion): string {
  const id = isUuid(version.versionId)
    ? version.versionId.toLowerCase()
    : packUuid(model.packId, `version/${version.versionId}`);

  return `urn:uuid:${id}`;
}

function observationUuid(model: PackModel, versionId: string): string {
  return packUuid(model.packId, `observation/${versionId}`);
}

function resourceUuid(model: PackModel, versionId: string): string {
  return packUuid(model.packId, `resource/${versionId}`);
}

function party(uuid: string, type: OscalParty['type'], name: string): OscalParty {
  const text = oscalText(name);

  return text ? { uuid, type, name: text } : { uuid, type };
}

function frameworkNames(frameworks: PackFramework[]): string {
  return frameworks.length > 0
    ? frameworks.map((framework) => framework.name).join(', ')
    : 'no framework';
}

/** The schema's plain strings have no line breaks and no leading or trailing space. */
function oscalText(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Portal properties; a value that is empty once cleaned is left out (the schema forbids it). */
function properties(pairs: [string, string][]): { props?: OscalProperty[] } {
  const props = pairs.flatMap(([name, value]) => {
    const text = oscalText(value);

    return text ? [{ name, ns: PORTAL_PROPERTY_NAMESPACE, value: text }] : [];
  });

  return props.length > 0 ? { props } : {};
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Any timestamp of the model as an OSCAL date-time, in UTC with a `Z`. */
function dateTime(value: string): string {
  const time = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time.getTime())) throw new RangeError(`Not a date or timestamp: ${value}`);

  // Whole seconds are written without `.000`, like the audit period bounds beside them.
  return time.toISOString().replace('.000Z', 'Z');
}

function startOfDay(date: string): string {
  return DATE_ONLY.test(date) ? `${date}T00:00:00Z` : dateTime(date);
}

/** Audit periods and validity dates are inclusive: they end with the last second of the day. */
function endOfDay(date: string): string {
  return DATE_ONLY.test(date) ? `${date}T23:59:59Z` : dateTime(date);
}
