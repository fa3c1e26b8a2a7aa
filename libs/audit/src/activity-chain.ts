import { createHash } from 'node:crypto';

import stableStringify from 'json-stable-stringify';

/** The hash that precedes the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an activity event that its hash covers. */
export interface ChainedEventContent {
  seq: string;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  engagementId: string | null;
  organizationId: string | null;
  changes: Record<string, unknown>;
  requestId: string | null;
}

export interface ChainedEvent extends ChainedEventContent {
  previousHash: string;
  hash: string;
}

export type ChainProblem =
  | { kind: 'hash-mismatch'; seq: string }
  | { kind: 'broken-link'; seq: string; expectedPreviousHash: string }
  | { kind: 'gap'; seq: string; expectedSeq: string }
  | { kind: 'head-mismatch'; seq: string; detail: string };

/** SHA-256 over the previous hash and the event's content in canonical (sorted-key) JSON. */
export function hashEvent(previousHash: string, content: ChainedEventContent): string {
  const canonical = stableStringify({
    seq: content.seq,
    occurredAt: content.occurredAt,
    actorId: content.actorId,
    actorLabel: content.actorLabel,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    engagementId: content.engagementId,
    organizationId: content.organizationId,
    changes: content.changes,
    requestId: content.requestId,
  });

  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonical ?? '')
    .digest('hex');
}

/**
 * Walks events in order and returns the first problem, or null when every link holds.
 * `startAfter` lets a caller check a slice of a longer chain (an audit period).
 */
export class ChainVerifier {
  private expectedPreviousHash: string;
  private expectedSeq: bigint;

  constructor(startAfter: { seq: string; hash: string } = { seq: '0', hash: GENESIS_HASH }) {
    this.expectedPreviousHash = startAfter.hash;
    this.expectedSeq = BigInt(startAfter.seq) + 1n;
  }

  check(event: ChainedEvent): ChainProblem | null {
    if (BigInt(event.seq) !== this.expectedSeq) {
      return { kind: 'gap', seq: event.seq, expectedSeq: this.expectedSeq.toString() };
    }
    if (event.previousHash !== this.expectedPreviousHash) {
      return {
        kind: 'broken-link',
        seq: event.seq,
        expectedPreviousHash: this.expectedPreviousHash,
      };
    }
    if (hashEvent(event.previousHash, event) !== event.hash) {
      return { kind: 'hash-mismatch', seq: event.seq };
    }

    this.expectedPreviousHash = event.hash;
    this.expectedSeq += 1n;

    return null;
  }

  /** The last verified position, to compare with a recorded chain head. */
  get position(): { seq: string; hash: string } {
    return { seq: (this.expectedSeq - 1n).toString(), hash: this.expectedPreviousHash };
  }
}

export function describeChainProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'hash-mismatch':
      return `event ${problem.seq} was altered: its content no longer matches its hash`;
    case 'broken-link':
      return `event ${problem.seq} does not follow the event before it (previous hash differs)`;
    case 'gap':
      return `event ${problem.expectedSeq} is missing (found ${problem.seq} instead)`;
    case 'head-mismatch':
      return `chain ends at event ${problem.seq} but ${problem.detail}`;
  }
}
