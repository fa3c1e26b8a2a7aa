import { FrameworkCatalog, FrameworkKey } from './catalog.types';
import { requirementGroup } from './requirement-group';

/**
 * NIS2: the obligations an essential or important entity is audited on — management
 * accountability (Art. 20), the risk-management measures (Art. 21) and incident reporting
 * (Art. 23). Definitions, supervision and Member State duties are left out on purpose.
 */
export const NIS2_CATALOG: FrameworkCatalog = {
  key: FrameworkKey.NIS2,
  name: 'NIS2 Directive',
  sourceVersion: '2022',
  catalogVersion: '1.0.0',
  source: 'Directive (EU) 2022/2555 (NIS2), OJ L 333, 27.12.2022',
  requirements: [
    ...requirementGroup('Governance (Art. 20)', [
      ['Art. 20(1)', 'Management approves and oversees risk measures'],
      ['Art. 20(2)', 'Cybersecurity training for management and staff'],
    ]),
    ...requirementGroup('Risk-management measures (Art. 21)', [
      ['Art. 21(1)', 'Appropriate and proportionate security measures'],
      ['Art. 21(2)(a)', 'Risk analysis and information system security policies'],
      ['Art. 21(2)(b)', 'Incident handling'],
      ['Art. 21(2)(c)', 'Business continuity, backups, disaster recovery, crisis management'],
      ['Art. 21(2)(d)', 'Supply chain security'],
      ['Art. 21(2)(e)', 'Secure acquisition, development and vulnerability handling'],
      ['Art. 21(2)(f)', 'Assessing whether security measures work'],
      ['Art. 21(2)(g)', 'Basic cyber hygiene and security training'],
      ['Art. 21(2)(h)', 'Cryptography and encryption policies'],
      ['Art. 21(2)(i)', 'HR security, access control and asset management'],
      ['Art. 21(2)(j)', 'Multi-factor authentication and secured communications'],
      ['Art. 21(4)', 'Corrective measures for non-compliance without delay'],
    ]),
    ...requirementGroup('Reporting obligations (Art. 23)', [
      ['Art. 23(1)', 'Notify significant incidents to the CSIRT or authority'],
      ['Art. 23(2)', 'Tell service recipients of significant cyber threats'],
      ['Art. 23(3)', 'Judge whether an incident is significant'],
      ['Art. 23(4)(a)', 'Early warning within 24 hours'],
      ['Art. 23(4)(b)', 'Incident notification within 72 hours'],
      ['Art. 23(4)(c)', 'Intermediate report on request'],
      ['Art. 23(4)(d)', 'Final report within one month'],
      ['Art. 23(4)(e)', 'Progress report while the incident is ongoing'],
    ]),
  ],
};
