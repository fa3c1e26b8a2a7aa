import { deriveHealth, HealthFacts, HealthReasonCode, HealthStatus } from './engagement-health';

const NOTHING: HealthFacts = {
  overdueDeliverables: 0,
  overdueMilestones: 0,
  signOffsWaiting: 0,
  expiredEvidence: 0,
  openSeatsPastStart: 0,
};

describe('engagement health rule', () => {
  it('is on track with no reasons when nothing is late', () => {
    expect(deriveHealth(NOTHING)).toEqual({ status: HealthStatus.ON_TRACK, reasons: [] });
  });

  it('is at risk with one or two overdue deliverables, off track from three', () => {
    const two = deriveHealth({ ...NOTHING, overdueDeliverables: 2 });
    const three = deriveHealth({ ...NOTHING, overdueDeliverables: 3 });

    expect(two.status).toBe(HealthStatus.AT_RISK);
    expect(two.reasons).toEqual([
      {
        code: HealthReasonCode.OVERDUE_DELIVERABLES,
        status: HealthStatus.AT_RISK,
        count: 2,
        message: '2 deliverables are past due and not accepted',
      },
    ]);
    expect(three.status).toBe(HealthStatus.OFF_TRACK);
  });

  it('is off track for one overdue milestone', () => {
    const health = deriveHealth({ ...NOTHING, overdueMilestones: 1 });

    expect(health.status).toBe(HealthStatus.OFF_TRACK);
    expect(health.reasons[0].message).toBe('1 milestone is past due');
  });

  it('lists every reason, worst deciding the status', () => {
    const health = deriveHealth({
      overdueDeliverables: 1,
      overdueMilestones: 1,
      signOffsWaiting: 2,
      expiredEvidence: 4,
      openSeatsPastStart: 1,
    });

    expect(health.status).toBe(HealthStatus.OFF_TRACK);
    expect(health.reasons.map((reason) => [reason.code, reason.status])).toEqual([
      [HealthReasonCode.OVERDUE_MILESTONES, HealthStatus.OFF_TRACK],
      [HealthReasonCode.OVERDUE_DELIVERABLES, HealthStatus.AT_RISK],
      [HealthReasonCode.SIGN_OFFS_WAITING, HealthStatus.AT_RISK],
      [HealthReasonCode.EXPIRED_EVIDENCE, HealthStatus.AT_RISK],
      [HealthReasonCode.OPEN_SEATS_PAST_START, HealthStatus.AT_RISK],
    ]);
  });

  it('is at risk for waiting sign-offs or expired evidence alone', () => {
    expect(deriveHealth({ ...NOTHING, signOffsWaiting: 1 }).status).toBe(HealthStatus.AT_RISK);
    expect(deriveHealth({ ...NOTHING, expiredEvidence: 1 }).status).toBe(HealthStatus.AT_RISK);
  });

  it('is at risk while a seat stays unfilled past the day it was needed from', () => {
    const health = deriveHealth({ ...NOTHING, openSeatsPastStart: 2 });

    expect(health.status).toBe(HealthStatus.AT_RISK);
    expect(health.reasons[0].message).toBe(
      '2 seats are still unfilled after the day they were needed from',
    );
  });
});
