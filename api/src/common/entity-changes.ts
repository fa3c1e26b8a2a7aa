/** Field-by-field difference between two versions of a record, for the activity log. */
export function changesBetween<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }

  return changes;
}

/** The listed fields of a new record, as an activity log entry. */
export function initialValues<T extends object>(record: T, fields: readonly (keyof T & string)[]) {
  return Object.fromEntries(
    fields.map((field) => [field, { from: null, to: record[field] ?? null }]),
  );
}

/** Drops keys the client left out, so they keep their stored value (null still clears). */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
