import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationKind, Role } from '@portal/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { PageArgs, paginate } from '../common/pagination';
import { assertIdShape } from '../common/record-lookup';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { Actor } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { Notification } from './notification.entity';
import { NotificationMailer } from './notification-mailer';

export const EMAIL_QUEUE = 'notification-email';

export interface NotificationDraft {
  kind: NotificationKind;
  engagementId: string | null;
  title: string;
  body: string;
  link: string;
  /** Identifies the event told about: the same recipient is told of one key once. */
  dedupKey: string;
}

/** People on an engagement a notification can be addressed to. */
export enum Audience {
  ClientManagers = 'client managers',
  AccountLead = 'account lead',
}

/**
 * Writes in-app notifications in the transaction of the change they tell about, and queues an
 * e-mail for each when SMTP is configured; the e-mail job is in the same transaction, so a
 * rolled-back change tells nobody.
 */
@Injectable()
export class NotificationService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly jobs: JobQueue,
    private readonly mailer: NotificationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.jobs.define<{ notificationId: string }>({
      name: EMAIL_QUEUE,
      retryLimit: 5,
      retryDelaySeconds: 30,
      expireInSeconds: 120,
      handle: ({ notificationId }) => this.mailer.send(notificationId),
    });
  }

  /** Tells each active recipient once; returns the notifications written now. */
  async notify(manager: EntityManager, recipientIds: string[], draft: NotificationDraft) {
    const unique = [...new Set(recipientIds)];
    if (unique.length === 0) return [];

    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (recipient_id, kind, engagement_id, title, body, link, dedup_key)
       SELECT recipient.id, $2, $3, $4, $5, $6, $7 FROM users recipient
       WHERE recipient.id = ANY($1::uuid[]) AND recipient.active
       ON CONFLICT (recipient_id, dedup_key) DO NOTHING
       RETURNING id`,
      [unique, draft.kind, draft.engagementId, draft.title, draft.body, draft.link, draft.dedupKey],
    );
    if (this.config.SMTP_URL) {
      for (const { id } of rows) {
        await this.jobs.enqueueWithin(
          manager,
          EMAIL_QUEUE,
          { notificationId: id },
          { singletonKey: id },
        );
      }
    }

    return rows.map((row) => row.id);
  }

  /** Tells the people who play the given parts on the draft's engagement. */
  async notifyAudience(
    manager: EntityManager,
    audiences: Audience[],
    draft: NotificationDraft & { engagementId: string },
  ) {
    return this.notify(manager, await this.peopleOf(manager, draft.engagementId, audiences), draft);
  }

  /** Active users who play a part on an engagement. */
  async peopleOf(manager: EntityManager, engagementId: string, audiences: Audience[]) {
    const rows: { id: string }[] = await manager.query(
      `SELECT person.id FROM engagements engagement
       JOIN users person ON person.active AND (
         ($2 AND person.id = engagement.account_lead_id)
         OR ($3 AND person.organization_id = engagement.client_id AND person.role = $4))
       WHERE engagement.id = $1`,
      [
        engagementId,
        audiences.includes(Audience.AccountLead),
        audiences.includes(Audience.ClientManagers),
        Role.CLIENT_MANAGER,
      ],
    );

    return rows.map((row) => row.id);
  }

  list(actor: Actor, args: PageArgs, unreadOnly: boolean) {
    const query = this.policy.scopeNotifications(
      this.dataSource.getRepository(Notification).createQueryBuilder('notification'),
      actor,
      'notification',
    );
    if (unreadOnly) query.andWhere('notification.readAt IS NULL');

    return paginate(query, 'notification', 'createdAt', args, 'DESC');
  }

  unreadCount(actor: Actor) {
    return this.policy
      .scopeNotifications(
        this.dataSource.getRepository(Notification).createQueryBuilder('notification'),
        actor,
        'notification',
      )
      .andWhere('notification.readAt IS NULL')
      .getCount();
  }

  /** Marks the actor's own notifications read; an id that is not theirs is NOT_FOUND. */
  async markRead(actor: Actor, ids: string[]) {
    ids.forEach((id) => assertIdShape('Notification', id));
    const unique = [...new Set(ids)];
    const repository = this.dataSource.getRepository(Notification);
    const mine = await this.policy
      .scopeNotifications(repository.createQueryBuilder('notification'), actor, 'notification')
      .andWhere('notification.id IN (:...ids)', { ids: unique })
      .getMany();
    const missing = unique.find((id) => !mine.some((notification) => notification.id === id));
    if (missing) throw DomainError.notFound('Notification', missing);

    await repository.update({ id: In(unique), readAt: IsNull() }, { readAt: () => 'now()' });

    return repository.findBy({ id: In(unique) });
  }

  async markAllRead(actor: Actor) {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ recipientId: actor.userId, readAt: IsNull() }, { readAt: () => 'now()' });

    return result.affected ?? 0;
  }
}
