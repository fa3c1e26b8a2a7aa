export interface FetchedPage<Node> {
  nodes: Node[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Pickers list everything; this stops after `maxPages` so a runaway list cannot hang the page. */
export async function fetchAllPages<Node>(
  fetchPage: (after: string | null) => Promise<FetchedPage<Node>>,
  maxPages = 20,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;

  for (let page = 0; page < maxPages; page += 1) {
    const result: FetchedPage<Node> = await fetchPage(after);
    nodes.push(...result.nodes);
    if (!result.hasNextPage || !result.endCursor) break;
    after = result.endCursor;
  }

  return nodes;
}
