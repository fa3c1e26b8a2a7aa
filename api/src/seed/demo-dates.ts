import { DEMO_DAY } from './demo-data';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function shift(value: unknown, offsetMs: number): unknown {
  if (typeof value === 'string') {
    if (DAY_PATTERN.test(value)) {
      return new Date(Date.parse(value) + offsetMs).toISOString().slice(0, 10);
    }
    if (INSTANT_PATTERN.test(value)) return new Date(Date.parse(value) + offsetMs).toISOString();

    return value;
  }
  if (Array.isArray(value)) return value.map((item) => shift(item, offsetMs));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, shift(item, offsetMs)]),
    );
  }

  return value;
}

/**
 * The demo data is written as of DEMO_DAY. Loaded on another day, every calendar day and instant
 * in it moves by the same number of days, so the story (what is overdue, who starts next month,
 * which report was published last week) reads the same whenever a newcomer starts the portal.
 */
export function datedAsOf<T>(data: T, day: string): T {
  const offsetMs = Date.parse(day) - Date.parse(DEMO_DAY);

  return offsetMs === 0 ? data : (shift(data, offsetMs) as T);
}
