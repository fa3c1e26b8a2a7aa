const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const DATE_TIME_FORMAT = new Intl.DateTimeFormat('en-GB', DATE_TIME_OPTIONS);

/**
 * Shows an instant from the API ("2026-03-05T09:30:00Z") in the user's own time zone, or in the
 * given IANA zone (an interview shows in the zone it was arranged in, next to that zone's name).
 */
export function formatDateTime(instant: string, timeZone?: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;

  return timeZone
    ? new Intl.DateTimeFormat('en-GB', { ...DATE_TIME_OPTIONS, timeZone }).format(date)
    : DATE_TIME_FORMAT.format(date);
}
