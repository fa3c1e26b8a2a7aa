import { DEMO_DAY } from './demo-data';
import { datedAsOf } from './demo-dates';

describe('demo data told as of another day', () => {
  const story = {
    name: 'Payments 2026-12-04 launch',
    startDate: '2026-11-20',
    endDate: null,
    team: [{ startDate: '2026-12-31', allocationPercent: 80 }],
    pinned: { submittedAt: '2026-11-27T09:30:00Z', value: 'v2026-11-01' },
  };

  it('stays as written on the demo day', () => {
    expect(datedAsOf(story, DEMO_DAY)).toBe(story);
  });

  it('moves every day and instant by the same number of days, and nothing else', () => {
    expect(datedAsOf(story, '2027-01-14')).toEqual({
      name: 'Payments 2026-12-04 launch',
      startDate: '2026-12-31',
      endDate: null,
      team: [{ startDate: '2027-02-10', allocationPercent: 80 }],
      pinned: { submittedAt: '2027-01-07T09:30:00.000Z', value: 'v2026-11-01' },
    });
    expect(datedAsOf(story, '2026-11-24').startDate).toBe('2026-11-10');
  });
});
