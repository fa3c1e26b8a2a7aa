import { SeatState } from '@portal/domain';
import { EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { RequestScope } from '../policy/actor';
import { Seat } from './seat.entity';

/**
 * Moves a seat to the state its candidates and assignments imply, in the caller's transaction:
 * FILLED while an assignment runs to the end of the need (open-ended, or to the seat's last
 * day), else INTERVIEWING while a candidate is being interviewed, CANDIDATES while one is
 * proposed or approved, OPEN otherwise. RELEASED is final.
 */
export async function refreshSeatState(
  manager: EntityManager,
  activity: ActivityService,
  scope: RequestScope,
  seat: Seat,
  clientId: string,
): Promise<Seat> {
  if (seat.state === SeatState.RELEASED) return seat;

  const [row] = await manager.query(
    `SELECT
       EXISTS (SELECT 1 FROM assignments assignment WHERE assignment.seat_id = seat.id
         AND (assignment.end_date IS NULL OR (seat.needed_until IS NOT NULL AND assignment.end_date >= seat.needed_until))) AS filled,
       EXISTS (SELECT 1 FROM candidates candidate WHERE candidate.seat_id = seat.id AND candidate.state = 'INTERVIEWING') AS interviewing,
       EXISTS (SELECT 1 FROM candidates candidate WHERE candidate.seat_id = seat.id AND candidate.state IN ('PROPOSED', 'APPROVED')) AS proposed
     FROM seats seat WHERE seat.id = $1`,
    [seat.id],
  );
  const next = row.filled
    ? SeatState.FILLED
    : row.interviewing
      ? SeatState.INTERVIEWING
      : row.proposed
        ? SeatState.CANDIDATES
        : SeatState.OPEN;
  if (next === seat.state) return seat;

  return setSeatState(manager, activity, scope, seat, next, clientId);
}

export async function setSeatState(
  manager: EntityManager,
  activity: ActivityService,
  scope: RequestScope,
  seat: Seat,
  state: SeatState,
  clientId: string,
  changes: Partial<Pick<Seat, 'neededUntil'>> = {},
): Promise<Seat> {
  const saved = await manager.save(Seat, manager.create(Seat, { ...seat, ...changes, state }));
  await activity.record(manager, scope, {
    action: 'seat.state-changed',
    entityType: 'Seat',
    entityId: seat.id,
    engagementId: seat.engagementId,
    organizationId: clientId,
    changes: {
      state: { from: seat.state, to: state },
      ...('neededUntil' in changes
        ? { neededUntil: { from: seat.neededUntil, to: saved.neededUntil } }
        : {}),
    },
  });

  return saved;
}
