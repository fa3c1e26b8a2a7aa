import { Initial1796399062404 } from './1796399062404-initial';
import { ActivityAppendOnly1796399062405 } from './1796399062405-activity-append-only';
import { ComplianceEvidence1796400278230 } from './1796400278230-compliance-evidence';
import { AuditPacks1796401810039 } from './1796401810039-audit-packs';
import { AuditGrants1796402026602 } from './1796402026602-audit-grants';
import { Notifications1796408334318 } from './1796408334318-notifications';
import { Staffing1796408358677 } from './1796408358677-staffing';
import { MilestonesAndSignOff1796408378737 } from './1796408378737-milestones-and-sign-off';
import { RaidLog1796408814934 } from './1796408814934-raid-log';
import { StatusReports1796409099175 } from './1796409099175-status-reports';
import { RaidItemSeatLinks1796411908601 } from './1796411908601-raid-item-seat-links';

/** Every migration, oldest first. New ones come from `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [
  Initial1796399062404,
  ActivityAppendOnly1796399062405,
  ComplianceEvidence1796400278230,
  AuditPacks1796401810039,
  AuditGrants1796402026602,
  Notifications1796408334318,
  MilestonesAndSignOff1796408378737,
  RaidLog1796408814934,
  StatusReports1796409099175,
  Staffing1796408358677,
  RaidItemSeatLinks1796411908601,
];
