/**
 * The grant's expiry is an instant. The browser's date-time input works in the user's own time
 * zone ("2026-12-05T18:00", no offset); it is turned into UTC only when sent.
 */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The value a date-time input shows for an instant, in the user's time zone. */
export function toLocalDateTimeInput(instant: Date): string {
  const day = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;

  return `${day}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** The instant a date-time input means, as ISO 8601 UTC; null when the input is incomplete. */
export function localDateTimeToIso(value: string): string | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;

  const instant = new Date(value);

  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** Thirty days from now at the same time of day: a common length for an audit. */
export function defaultExpiry(now: Date = new Date()): string {
  const expiry = new Date(now);
  expiry.setDate(expiry.getDate() + 30);

  return toLocalDateTimeInput(expiry);
}

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
