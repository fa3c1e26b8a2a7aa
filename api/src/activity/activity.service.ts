import { Injectable } from '@nestjs/common';
import {
  ChainProblem,
  ChainVerifier,
  describeChainProblem,
  GENESIS_HASH,
  hashEvent,
} from '@portal/audit';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { Actor } from '../policy/actor';
import { ActivityChainHead, ActivityEvent } from './activity-event.entity';

/** Any fixed 64-bit key; it serialises writers of the chain across API instances. */
const CHAIN_LOCK_KEY = 727_001;
const VERIFY_BATCH_SIZE = 1000;

export interface ActivityRecord {
  action: string;
  entityType: string;
  entityId: string;
  engagementId?: string | null;
  organizationId?: string | null;
  changes: Record<string, unknown>;
}

/** Who an event is attributed to: a signed-in actor and their request, or the system (null). */
export interface ActivityAuthor {
  actor: Pick<Actor, 'userId' | 'displayName' | 'role'>;
  requestId: string;
}

export interface ChainReport {
  ok: boolean;
  eventsChecked: number;
  problem: ChainProblem | null;
  message: string;
}

@Injectable()
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends one event inside the caller's transaction, so the change and its record commit
   * or roll back together. The advisory lock makes concurrent writers take turns on the chain.
   */
  async record(manager: EntityManager, scope: ActivityAuthor | null, record: ActivityRecord) {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Activity events must be written inside the transaction of the change');
    }

    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const head = await manager.findOne(ActivityChainHead, { where: { id: 1 } });
    const previousHash = head?.lastHash ?? GENESIS_HASH;
    const content = {
      seq: (BigInt(head?.lastSeq ?? '0') + 1n).toString(),
      occurredAt: new Date().toISOString(),
      actorId: scope?.actor.userId ?? null,
      actorLabel: scope ? `${scope.actor.displayName} (${scope.actor.role})` : 'system',
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      engagementId: record.engagementId ?? null,
      organizationId: record.organizationId ?? null,
      changes: record.changes,
      requestId: scope?.requestId ?? null,
    };
    const hash = hashEvent(previousHash, content);

    const event: QueryDeepPartialEntity<ActivityEvent> = {
      ...content,
      changes: content.changes as QueryDeepPartialEntity<Record<string, unknown>>,
      occurredAt: new Date(content.occurredAt),
      previousHash,
      hash,
    };
    await manager.insert(ActivityEvent, event);
    await manager.upsert(ActivityChainHead, { id: 1, lastSeq: content.seq, lastHash: hash }, [
      'id',
    ]);
  }

  /** Re-computes every hash in order and compares the end with the recorded head. */
  async verifyChain(): Promise<ChainReport> {
    const verifier = new ChainVerifier();
    let eventsChecked = 0;
    let lastSeq = '0';

    for (;;) {
      const events = await this.dataSource
        .getRepository(ActivityEvent)
        .createQueryBuilder('event')
        .where('event.seq > :lastSeq', { lastSeq })
        .orderBy('event.seq', 'ASC')
        .limit(VERIFY_BATCH_SIZE)
        .getMany();

      for (const event of events) {
        const problem = verifier.check({ ...event, occurredAt: event.occurredAt.toISOString() });
        if (problem) return this.report(eventsChecked, problem);
        eventsChecked += 1;
      }
      if (events.length < VERIFY_BATCH_SIZE) break;
      lastSeq = events[events.length - 1].seq;
    }

    const head = await this.dataSource
      .getRepository(ActivityChainHead)
      .findOne({ where: { id: 1 } });
    const end = verifier.position;
    const expectedHead = head ?? { lastSeq: '0', lastHash: GENESIS_HASH };
    if (expectedHead.lastSeq !== end.seq || expectedHead.lastHash !== end.hash) {
      return this.report(eventsChecked, {
        kind: 'head-mismatch',
        seq: end.seq,
        detail: `the recorded head is event ${expectedHead.lastSeq}: events at the end were removed`,
      });
    }

    return this.report(eventsChecked, null);
  }

  private report(eventsChecked: number, problem: ChainProblem | null): ChainReport {
    return {
      ok: problem === null,
      eventsChecked,
      problem,
      message: problem
        ? `Activity chain broken: ${describeChainProblem(problem)}`
        : `Activity chain intact: ${eventsChecked} events verified`,
    };
  }
}
