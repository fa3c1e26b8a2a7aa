/**
 * Calendar days travel as YYYY-MM-DD strings. They are read and compared as text, never turned
 * into a Date, so no time zone can move a due date or an end date to the neighbouring day.
 */
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Shows 2026-03-05 as "5 Mar 2026"; anything that is not a calendar day is shown as it came. */
export function formatCalendarDate(day: string): string {
  const match = CALENDAR_DATE.exec(day);
  if (!match) return day;

  const [, year, month, dayOfMonth] = match;

  return `${Number(dayOfMonth)} ${MONTH_NAMES[Number(month) - 1]} ${year}`;
}

/** Today in the user's own calendar, as YYYY-MM-DD, comparable with the API's days as text. */
export function todayCalendarDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(now.getDate()).padStart(2, '0');

  return `${now.getFullYear()}-${month}-${dayOfMonth}`;
}
