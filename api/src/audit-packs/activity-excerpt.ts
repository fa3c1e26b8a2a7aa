import { Readable } from 'node:stream';

import { GENESIS_HASH } from '@portal/audit';
import { DataSource } from 'typeorm';

import { addDays } from '../requirements/evidence-status';

const BATCH = 2000;

/**
 * The activity chain of the audit period: every link (sequence and hashes only, so no other
 * client's content leaves) plus this engagement's events in full. Together they let anyone
 * recompute the engagement's events and check the chain is unbroken between its bounds.
 */
export async function activityExcerpt(
  dataSource: DataSource,
  engagementId: string,
  period: { from: string; to: string },
) {
  const [range] = await dataSource.query(
    `SELECT min(seq)::text AS first, max(seq)::text AS last FROM activity_events
     WHERE occurred_at >= $1::date AND occurred_at < $2::date`,
    [period.from, addDays(period.to, 1)],
  );
  const first: string | null = range.first;
  const last: string | null = range.last;
  const startAfterSeq = first
    ? (BigInt(first) - 1n).toString()
    : await lastBefore(dataSource, period.from);

  const rows = (select: string, extra: string) =>
    Readable.from(
      (async function* () {
        if (!first || !last) return;
        let after = startAfterSeq;
        for (;;) {
          const batch: Record<string, unknown>[] = await dataSource.query(
            `SELECT ${select} FROM activity_events WHERE seq > $1 AND seq <= $2 ${extra} ORDER BY activity_events.seq LIMIT ${BATCH}`,
            [after, last],
          );
          for (const row of batch) yield `${JSON.stringify(row)}\n`;
          if (batch.length < BATCH) return;
          after = String(batch[batch.length - 1].seq);
        }
      })(),
    );

  return {
    chain: rows(`seq::text AS seq, previous_hash AS "previousHash", hash`, ''),
    events: rows(
      `seq::text AS seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
       actor_id AS "actorId", actor_label AS "actorLabel", action, entity_type AS "entityType", entity_id AS "entityId",
       engagement_id AS "engagementId", organization_id AS "organizationId", changes, request_id AS "requestId",
       previous_hash AS "previousHash", hash`,
      // INTERNAL RAID entries belong to one side; a pack leaves the portal, so it carries
      // neither side's (their links stay in chain.jsonl, so the chain still verifies).
      `AND engagement_id = '${engagementId.replace(/[^0-9a-f-]/gi, '')}'
       AND NOT (entity_type = 'RaidItem' AND entity_id IN
         (SELECT id::text FROM raid_items WHERE visibility = 'INTERNAL'))`,
    ),
    async bounds() {
      return {
        startAfter: { seq: startAfterSeq, hash: await hashAt(dataSource, startAfterSeq) },
        end: last
          ? { seq: last, hash: await hashAt(dataSource, last) }
          : { seq: startAfterSeq, hash: await hashAt(dataSource, startAfterSeq) },
        period,
      };
    },
  };
}

async function lastBefore(dataSource: DataSource, from: string): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT coalesce(max(seq), 0)::text AS seq FROM activity_events WHERE occurred_at < $1::date`,
    [from],
  );

  return row.seq;
}

async function hashAt(dataSource: DataSource, seq: string): Promise<string> {
  if (seq === '0') return GENESIS_HASH;
  const [row] = await dataSource.query('SELECT hash FROM activity_events WHERE seq = $1', [seq]);

  return row?.hash ?? GENESIS_HASH;
}
