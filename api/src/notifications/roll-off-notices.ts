import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { NotificationKind } from '@portal/domain';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { Audience, NotificationService } from './notification.service';

export const ROLL_OFF_QUEUE = 'notification-roll-off-scan';

interface EndingAssignment {
  id: string;
  end_date: string;
  engagement_id: string;
  engagement_name: string;
  engineer_name: string;
  engineer_user_id: string | null;
}

/**
 * Roll-offs are not a change anyone makes: they arrive with the calendar. An hourly job (and one
 * at start-up) tells the account lead, the client managers and the engineer about assignments
 * ending within ROLL_OFF_NOTICE_DAYS; the dedup key makes each end date told once per person.
 */
@Injectable()
export class RollOffNotices implements OnModuleInit {
  private readonly logger = new Logger(RollOffNotices.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.jobs.define({
      name: ROLL_OFF_QUEUE,
      cron: '7 * * * *',
      runAtStart: true,
      retryLimit: 2,
      retryDelaySeconds: 60,
      expireInSeconds: 600,
      handle: async () => {
        await this.scan();
      },
    });
  }

  /** Returns how many notifications were written. Dates are calendar days in UTC. */
  async scan() {
    const ending: EndingAssignment[] = await this.dataSource.query(
      `SELECT assignment.id, assignment.end_date::text AS end_date, assignment.engagement_id,
              engagement.name AS engagement_name, engineer.full_name AS engineer_name,
              engineer.user_id AS engineer_user_id
       FROM assignments assignment
       JOIN engagements engagement ON engagement.id = assignment.engagement_id
       JOIN engineer_profiles engineer ON engineer.id = assignment.engineer_id
       WHERE assignment.end_date BETWEEN (now() AT TIME ZONE 'UTC')::date
                                     AND (now() AT TIME ZONE 'UTC')::date + $1::int
         -- A row the same engineer continues the next day (a change of allocation) is not a
         -- roll-off: the engineer stays on the engagement.
         AND NOT EXISTS (SELECT 1 FROM assignments next WHERE next.engagement_id = assignment.engagement_id
           AND next.engineer_id = assignment.engineer_id AND next.start_date = assignment.end_date + 1)`,
      [this.config.ROLL_OFF_NOTICE_DAYS],
    );
    let written = 0;

    for (const assignment of ending) {
      written += await this.dataSource.transaction(async (manager) => {
        const people = await this.notifications.peopleOf(manager, assignment.engagement_id, [
          Audience.AccountLead,
          Audience.ClientManagers,
        ]);
        const recipients = assignment.engineer_user_id
          ? [...people, assignment.engineer_user_id]
          : people;
        const ids = await this.notifications.notify(manager, recipients, {
          kind: NotificationKind.ROLL_OFF_SOON,
          engagementId: assignment.engagement_id,
          title: `${assignment.engineer_name} rolls off ${assignment.engagement_name} on ${assignment.end_date}`,
          body: `The assignment ends on ${assignment.end_date}. Extend it or plan the handover before then.`,
          link: `/engagements/${assignment.engagement_id}`,
          dedupKey: `roll-off:${assignment.id}:${assignment.end_date}`,
        });

        return ids.length;
      });
    }
    if (written > 0) this.logger.log({ written }, 'roll-off notifications written');

    return written;
  }
}
