import { FrameworkCatalog, FrameworkKey } from './catalog.types';
import { requirementGroup } from './requirement-group';

/**
 * DORA: one requirement per article for the chapters a financial entity is audited on. A few
 * articles mandate technical standards or apply to some entity types only (15, 16, 20, 21,
 * 23); they stay in the catalog so that scoping can mark them not applicable with a reason.
 */
export const DORA_CATALOG: FrameworkCatalog = {
  key: FrameworkKey.DORA,
  name: 'DORA (Digital Operational Resilience Act)',
  sourceVersion: '2022',
  catalogVersion: '1.0.0',
  source: 'Regulation (EU) 2022/2554 (DORA), OJ L 333, 27.12.2022',
  requirements: [
    ...requirementGroup('Chapter II ICT risk management', [
      ['Art. 5', 'Management body governs ICT risk'],
      ['Art. 6', 'Documented ICT risk management framework'],
      ['Art. 7', 'Reliable, resilient and up-to-date ICT systems'],
      ['Art. 8', 'ICT assets, functions and risk sources identified'],
      ['Art. 9', 'Protection and prevention of ICT risk'],
      ['Art. 10', 'Anomalous activity detected promptly'],
      ['Art. 11', 'ICT business continuity, response and recovery'],
      ['Art. 12', 'Backup, restoration and recovery'],
      ['Art. 13', 'Learning from incidents, tests and threats'],
      ['Art. 14', 'Crisis communication plans'],
      ['Art. 15', 'Harmonised ICT risk management rules (RTS)'],
      ['Art. 16', 'Simplified ICT risk framework for smaller entities'],
    ]),
    ...requirementGroup('Chapter III ICT-related incidents', [
      ['Art. 17', 'ICT-related incident management process'],
      ['Art. 18', 'Incidents and cyber threats classified'],
      ['Art. 19', 'Major incidents reported to the authority'],
      ['Art. 20', 'Harmonised report content and templates (RTS)'],
      ['Art. 21', 'Centralised incident reporting (ESA report)'],
      ['Art. 22', 'Supervisory feedback on reported incidents'],
      ['Art. 23', 'Payment-related operational or security incidents'],
    ]),
    ...requirementGroup('Chapter IV Resilience testing', [
      ['Art. 24', 'Digital operational resilience testing programme'],
      ['Art. 25', 'Testing of ICT tools and systems'],
      ['Art. 26', 'Threat-led penetration testing (TLPT)'],
      ['Art. 27', 'Qualified testers for TLPT'],
    ]),
    ...requirementGroup('Chapter V ICT third-party risk', [
      ['Art. 28', 'ICT third-party risk principles and register'],
      ['Art. 29', 'ICT concentration risk assessed'],
      ['Art. 30', 'Key contract terms with ICT providers'],
    ]),
    ...requirementGroup('Chapter VI Information sharing', [
      ['Art. 45', 'Cyber threat information sharing'],
    ]),
  ],
};
