import { Initial1796399062404 } from './1796399062404-initial';
import { ActivityAppendOnly1796399062405 } from './1796399062405-activity-append-only';
import { ComplianceEvidence1796400278230 } from './1796400278230-compliance-evidence';

/** Every migration, oldest first. New ones come from `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [
  Initial1796399062404,
  ActivityAppendOnly1796399062405,
  ComplianceEvidence1796400278230,
];
