/** "1 deliverable", "3 deliverables": English only, which is all the portal speaks for now. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
