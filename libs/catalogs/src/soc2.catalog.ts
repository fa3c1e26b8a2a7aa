import { FrameworkCatalog, FrameworkKey } from './catalog.types';
import { requirementGroup } from './requirement-group';

/**
 * SOC 2: the 61 AICPA Trust Services Criteria (33 common criteria and the availability,
 * confidentiality, processing integrity and privacy criteria). The criteria text is the
 * AICPA's and copyrighted, so titles are our own summaries of what each criterion asks.
 */
export const SOC2_CATALOG: FrameworkCatalog = {
  key: FrameworkKey.SOC2,
  name: 'SOC 2 (Trust Services Criteria)',
  sourceVersion: '2017 (revised points of focus 2022)',
  catalogVersion: '1.0.0',
  source:
    'AICPA, 2017 Trust Services Criteria for Security, Availability, Processing Integrity, ' +
    'Confidentiality, and Privacy (TSP section 100), with revised points of focus (2022)',
  requirements: [
    ...requirementGroup('CC1 Control environment', [
      ['CC1.1', 'Integrity and ethical values upheld'],
      ['CC1.2', 'Board oversees internal control independently'],
      ['CC1.3', 'Structures, reporting lines and authority set'],
      ['CC1.4', 'Competent people hired, developed and kept'],
      ['CC1.5', 'People held accountable for control duties'],
    ]),
    ...requirementGroup('CC2 Communication and information', [
      ['CC2.1', 'Quality information supports internal control'],
      ['CC2.2', 'Control information shared internally'],
      ['CC2.3', 'Control matters communicated to outside parties'],
    ]),
    ...requirementGroup('CC3 Risk assessment', [
      ['CC3.1', 'Objectives clear enough to assess risk'],
      ['CC3.2', 'Risks to objectives identified and analysed'],
      ['CC3.3', 'Fraud potential weighed in risk assessment'],
      ['CC3.4', 'Significant changes assessed for control impact'],
    ]),
    ...requirementGroup('CC4 Monitoring activities', [
      ['CC4.1', 'Controls evaluated continuously and separately'],
      ['CC4.2', 'Control deficiencies reported and corrected'],
    ]),
    ...requirementGroup('CC5 Control activities', [
      ['CC5.1', 'Control activities chosen to reduce risk'],
      ['CC5.2', 'General IT controls selected and developed'],
      ['CC5.3', 'Controls deployed through policies and procedures'],
    ]),
    ...requirementGroup('CC6 Logical and physical access', [
      ['CC6.1', 'Logical access security over protected assets'],
      ['CC6.2', 'Users registered and approved before credentials'],
      ['CC6.3', 'Role-based access granted, changed and revoked'],
      ['CC6.4', 'Physical access to facilities restricted'],
      ['CC6.5', 'Data made unreadable before asset disposal'],
      ['CC6.6', 'Protection against threats from outside the boundary'],
      ['CC6.7', 'Data in transit and on the move protected'],
      ['CC6.8', 'Unauthorised and malicious software prevented'],
    ]),
    ...requirementGroup('CC7 System operations', [
      ['CC7.1', 'Vulnerabilities and configuration drift detected'],
      ['CC7.2', 'Components monitored for anomalies and attacks'],
      ['CC7.3', 'Security events evaluated as possible incidents'],
      ['CC7.4', 'Security incidents contained and remediated'],
      ['CC7.5', 'Recovery from security incidents'],
    ]),
    ...requirementGroup('CC8 Change management', [
      ['CC8.1', 'Changes authorised, tested and approved'],
    ]),
    ...requirementGroup('CC9 Risk mitigation', [
      ['CC9.1', 'Business disruption risks mitigated'],
      ['CC9.2', 'Vendor and partner risks managed'],
    ]),
    ...requirementGroup('A1 Availability', [
      ['A1.1', 'Processing capacity monitored and planned'],
      ['A1.2', 'Environmental protection, backup and recovery set up'],
      ['A1.3', 'Recovery plan procedures tested'],
    ]),
    ...requirementGroup('C1 Confidentiality', [
      ['C1.1', 'Confidential information identified and protected'],
      ['C1.2', 'Confidential information disposed of when due'],
    ]),
    ...requirementGroup('PI1 Processing integrity', [
      ['PI1.1', 'Processing objectives and data definitions known'],
      ['PI1.2', 'Inputs complete and accurate'],
      ['PI1.3', 'Processing complete, accurate and timely'],
      ['PI1.4', 'Outputs complete, accurate and delivered as intended'],
      ['PI1.5', 'Stored data kept complete and accurate'],
    ]),
    ...requirementGroup('P1 Notice', [['P1.1', 'Privacy notice given to data subjects']]),
    ...requirementGroup('P2 Choice and consent', [
      ['P2.1', 'Choices offered and consent obtained'],
    ]),
    ...requirementGroup('P3 Collection', [
      ['P3.1', 'Collection limited to privacy objectives'],
      ['P3.2', 'Explicit consent obtained where needed'],
    ]),
    ...requirementGroup('P4 Use, retention and disposal', [
      ['P4.1', 'Use limited to stated purposes'],
      ['P4.2', 'Personal data retained only as committed'],
      ['P4.3', 'Personal data disposed of securely'],
    ]),
    ...requirementGroup('P5 Access', [
      ['P5.1', 'Data subjects can see their data'],
      ['P5.2', 'Data subjects can have their data corrected'],
    ]),
    ...requirementGroup('P6 Disclosure and notification', [
      ['P6.1', 'Third-party disclosure only with consent'],
      ['P6.2', 'Record of authorised disclosures kept'],
      ['P6.3', 'Record of unauthorised disclosures kept'],
      ['P6.4', 'Privacy commitments obtained from vendors'],
      ['P6.5', 'Vendors report unauthorised disclosures'],
      ['P6.6', 'Affected parties told of breaches'],
      ['P6.7', 'Data subjects told what is held and shared'],
    ]),
    ...requirementGroup('P7 Quality', [['P7.1', 'Personal data kept accurate and complete']]),
    ...requirementGroup('P8 Monitoring and enforcement', [
      ['P8.1', 'Privacy inquiries and complaints resolved'],
    ]),
  ],
};
