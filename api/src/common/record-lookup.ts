import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { Actor } from '../policy/actor';
import { Scope } from '../policy/policy.service';
import { DomainError } from './domain-error';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value has the shape of the ids every record carries. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** A malformed id cannot name a record: it is NOT_FOUND like any other unknown id. */
export function assertIdShape(label: string, id: string) {
  if (!isUuid(id)) throw DomainError.notFound(label, id);
}

/** Loads a record the actor can see, or NOT_FOUND: foreign and missing ids look the same. */
export async function findVisible<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  actor: Actor,
  scope: Scope,
): Promise<T> {
  assertIdShape(label, id);
  const record = await scope(manager.getRepository(entity).createQueryBuilder('row'), actor, 'row')
    .andWhere('row.id = :id', { id })
    .getOne();
  if (!record) throw DomainError.notFound(label, id);

  return record;
}

/**
 * Locks a visible record for update inside a transaction and checks the version the client
 * last saw, so two concurrent edits end in one change and one CONFLICT.
 */
export async function lockVisibleForUpdate<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  expectedVersion: number,
  actor: Actor,
  scope: Scope,
): Promise<T> {
  assertIdShape(label, id);
  const record = await scope(manager.getRepository(entity).createQueryBuilder('row'), actor, 'row')
    .andWhere('row.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!record) throw DomainError.notFound(label, id);
  if (record.version !== expectedVersion) throw DomainError.conflict(label, id);

  return record;
}
