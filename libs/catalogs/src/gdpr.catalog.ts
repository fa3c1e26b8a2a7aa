import { FrameworkCatalog, FrameworkKey } from './catalog.types';
import { requirementGroup } from './requirement-group';

/**
 * GDPR: the articles that put auditable duties on a controller or processor — principles and
 * lawful basis, data subject rights, accountability, security and breaches, impact assessment,
 * the data protection officer and transfers outside the EEA.
 */
export const GDPR_CATALOG: FrameworkCatalog = {
  key: FrameworkKey.GDPR,
  name: 'GDPR (General Data Protection Regulation)',
  sourceVersion: '2016',
  catalogVersion: '1.0.0',
  source: 'Regulation (EU) 2016/679 (GDPR), OJ L 119, 4.5.2016',
  requirements: [
    ...requirementGroup('Principles and lawful basis', [
      ['Art. 5', 'Principles for processing personal data'],
      ['Art. 6', 'Lawful basis for processing'],
      ['Art. 7', 'Conditions for valid consent'],
    ]),
    ...requirementGroup('Data subject rights', [
      ['Art. 12', 'Transparent information and timely answers to requests'],
      ['Art. 13', 'Information when data is collected from the person'],
      ['Art. 14', 'Information when data comes from elsewhere'],
      ['Art. 15', 'Right of access'],
      ['Art. 16', 'Right to rectification'],
      ['Art. 17', 'Right to erasure'],
      ['Art. 18', 'Right to restriction of processing'],
      ['Art. 19', 'Recipients told of rectification, erasure or restriction'],
      ['Art. 20', 'Right to data portability'],
      ['Art. 21', 'Right to object'],
      ['Art. 22', 'Limits on automated decisions and profiling'],
    ]),
    ...requirementGroup('Accountability and processors', [
      ['Art. 24', 'Controller shows compliance with appropriate measures'],
      ['Art. 25', 'Data protection by design and by default'],
      ['Art. 28', 'Processor guarantees and contract terms'],
      ['Art. 30', 'Records of processing activities'],
    ]),
    ...requirementGroup('Security and breaches', [
      ['Art. 32', 'Security of processing'],
      ['Art. 33', 'Breach notified to the authority within 72 hours'],
      ['Art. 34', 'High-risk breach communicated to data subjects'],
    ]),
    ...requirementGroup('Impact assessment', [['Art. 35', 'Data protection impact assessment']]),
    ...requirementGroup('Data protection officer', [
      ['Art. 37', 'Data protection officer designated'],
      ['Art. 38', 'Independence and resources of the DPO'],
      ['Art. 39', 'Tasks of the DPO'],
    ]),
    ...requirementGroup('Transfers outside the EEA', [
      ['Art. 44', 'General conditions for international transfers'],
      ['Art. 45', 'Transfers under an adequacy decision'],
      ['Art. 46', 'Transfers with appropriate safeguards'],
      ['Art. 47', 'Binding corporate rules'],
      ['Art. 49', 'Derogations for specific situations'],
    ]),
  ],
};
