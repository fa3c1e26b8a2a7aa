/** Where an assignment stands on a given day; the end date is the last day worked. */
export type AssignmentPhase = 'upcoming' | 'current' | 'ended';

interface AssignmentDates {
  startDate: string;
  endDate?: string | null;
}

/** Compares YYYY-MM-DD strings as text, which orders them as calendar days. */
export function assignmentPhase(
  { startDate, endDate }: AssignmentDates,
  today: string,
): AssignmentPhase {
  if (endDate && endDate < today) return 'ended';
  if (startDate > today) return 'upcoming';

  return 'current';
}
