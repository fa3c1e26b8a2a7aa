/**
 * The part of the NIST OSCAL 1.1.2 Assessment Results model the audit pack writes. Names follow
 * the OSCAL JSON format (kebab-case keys); optional members are left out rather than empty,
 * because the schema rejects empty arrays.
 */

export interface OscalProperty {
  name: string;
  value: string;
  ns?: string;
}

export interface OscalHash {
  algorithm: 'SHA-256';
  value: string;
}

export interface OscalResource {
  uuid: string;
  title: string;
  description?: string;
  props?: OscalProperty[];
  rlinks?: { href: string; 'media-type'?: string; hashes?: OscalHash[] }[];
  remarks?: string;
}

export interface OscalObservation {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  methods: 'EXAMINE'[];
  types: string[];
  'relevant-evidence': { href: string; description: string }[];
  collected: string;
  expires?: string;
}

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  target: {
    type: 'objective-id';
    'target-id': string;
    title: string;
    props?: OscalProperty[];
    status: {
      state: 'satisfied' | 'not-satisfied';
      reason: 'pass' | 'fail' | 'other';
      remarks?: string;
    };
    'implementation-status'?: { state: 'not-applicable'; remarks: string };
  };
  'related-observations'?: { 'observation-uuid': string }[];
  remarks?: string;
}

export interface OscalControlSelection {
  description?: string;
  'include-controls'?: { 'control-id': string }[];
  remarks?: string;
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  'reviewed-controls': { 'control-selections': OscalControlSelection[] };
  observations?: OscalObservation[];
  findings?: OscalFinding[];
}

export interface OscalParty {
  uuid: string;
  type: 'person' | 'organization';
  name?: string;
}

export interface OscalAssessmentResultsDocument {
  'assessment-results': {
    uuid: string;
    metadata: {
      title: string;
      published: string;
      'last-modified': string;
      version: string;
      'oscal-version': '1.1.2';
      props?: OscalProperty[];
      roles: { id: string; title: string }[];
      parties: OscalParty[];
      'responsible-parties': { 'role-id': string; 'party-uuids': string[] }[];
    };
    'import-ap': { href: string; remarks?: string };
    results: OscalResult[];
    'back-matter': { resources: OscalResource[] };
  };
}
