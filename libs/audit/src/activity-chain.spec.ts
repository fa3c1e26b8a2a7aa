import { ChainedEvent, ChainVerifier, GENESIS_HASH, hashEvent } from './activity-chain';

function chain(length: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previousHash = GENESIS_HASH;
  for (let index = 1; index <= length; index += 1) {
    const content = {
      seq: String(index),
      occurredAt: `2026-12-0${index}T10:00:00.000Z`,
      actorId: null,
      actorLabel: 'system',
      action: 'engagement.updated',
      entityType: 'Engagement',
      entityId: `e-${index}`,
      engagementId: null,
      organizationId: null,
      changes: { status: { from: 'PROPOSED', to: 'ACTIVE' }, note: index },
      requestId: null,
    };
    const hash = hashEvent(previousHash, content);
    events.push({ ...content, previousHash, hash });
    previousHash = hash;
  }

  return events;
}

function firstProblem(events: ChainedEvent[]) {
  const verifier = new ChainVerifier();
  for (const event of events) {
    const problem = verifier.check(event);
    if (problem) return problem;
  }

  return null;
}

describe('activity hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(firstProblem(chain(5))).toBeNull();
  });

  it('hashes the same content the same way whatever the key order of changes', () => {
    const [event] = chain(1);
    const reordered = {
      ...event,
      changes: { note: 1, status: { to: 'ACTIVE', from: 'PROPOSED' } },
    };

    expect(hashEvent(GENESIS_HASH, reordered)).toBe(event.hash);
  });

  it('names an edited event', () => {
    const events = chain(5);
    events[2] = { ...events[2], actorLabel: 'someone else' };

    expect(firstProblem(events)).toEqual({ kind: 'hash-mismatch', seq: '3' });
  });

  it('names a missing event', () => {
    const events = chain(5);
    events.splice(1, 1);

    expect(firstProblem(events)).toEqual({ kind: 'gap', seq: '3', expectedSeq: '2' });
  });

  it('names an event whose hash was recomputed after an edit, at the next link', () => {
    const events = chain(5);
    const edited = { ...events[1], changes: {} };
    events[1] = { ...edited, hash: hashEvent(edited.previousHash, edited) };

    expect(firstProblem(events)).toEqual({
      kind: 'broken-link',
      seq: '3',
      expectedPreviousHash: events[1].hash,
    });
  });

  it('checks a slice that starts after a known position', () => {
    const events = chain(6);
    const verifier = new ChainVerifier({ seq: events[2].seq, hash: events[2].hash });

    expect(events.slice(3).map((event) => verifier.check(event))).toEqual([null, null, null]);
    expect(verifier.position).toEqual({ seq: '6', hash: events[5].hash });
  });
});
