const DATE_TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Shows an instant from the API ("2026-03-05T09:30:00Z") in the user's own time zone. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);

  return Number.isNaN(date.getTime()) ? instant : DATE_TIME_FORMAT.format(date);
}
