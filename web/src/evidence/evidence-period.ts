import { formatCalendarDate } from '../common/calendar-date';

interface EvidencePeriod {
  coversFrom: string | null;
  coversTo: string | null;
}

/** "1 Jan 2026 – 31 Mar 2026", "From 1 Jan 2026", "Until 31 Mar 2026" or "—". */
export function formatCoveredPeriod({ coversFrom, coversTo }: EvidencePeriod): string {
  if (coversFrom && coversTo)
    return `${formatCalendarDate(coversFrom)} – ${formatCalendarDate(coversTo)}`;
  if (coversFrom) return `From ${formatCalendarDate(coversFrom)}`;
  if (coversTo) return `Until ${formatCalendarDate(coversTo)}`;

  return '—';
}
