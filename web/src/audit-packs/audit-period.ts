import { todayCalendarDate } from '../common/calendar-date';

/** An audit period as the date inputs give it: YYYY-MM-DD strings, never turned into a Date. */
export interface AuditPeriodValues {
  periodFrom: string;
  periodTo: string;
}

export interface AuditPeriodErrors {
  periodFrom?: string;
  periodTo?: string;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** From the first of January to today: the usual start for "this year so far". */
export function defaultAuditPeriod(now: Date = new Date()): AuditPeriodValues {
  const today = todayCalendarDate(now);

  return { periodFrom: `${today.slice(0, 4)}-01-01`, periodTo: today };
}

/** Both days present and in order; as text, since YYYY-MM-DD sorts like the calendar. */
export function auditPeriodErrors({ periodFrom, periodTo }: AuditPeriodValues): AuditPeriodErrors {
  const errors: AuditPeriodErrors = {};
  if (!CALENDAR_DATE.test(periodFrom)) errors.periodFrom = 'Enter the first day of the period';
  if (!CALENDAR_DATE.test(periodTo)) errors.periodTo = 'Enter the last day of the period';
  if (!errors.periodFrom && !errors.periodTo && periodTo < periodFrom)
    errors.periodTo = 'Must not be before the first day';

  return errors;
}
