import { Inject, Injectable, Logger } from '@nestjs/common';
import { NOTIFICATION_KIND_LABELS, NotificationKind } from '@portal/domain';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

interface PendingEmail {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  email: string;
  display_name: string;
}

/** Sends the e-mail copy of a notification over SMTP (only queued when SMTP_URL is set). */
@Injectable()
export class NotificationMailer {
  private readonly logger = new Logger(NotificationMailer.name);
  private transporter: Transporter | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends once: a retried job finds `emailed_at` set and stops. */
  async send(notificationId: string) {
    const [pending]: PendingEmail[] = await this.dataSource.query(
      `SELECT notification.id, notification.kind, notification.title, notification.body,
              notification.link, recipient.email, recipient.display_name
       FROM notifications notification JOIN users recipient ON recipient.id = notification.recipient_id
       WHERE notification.id = $1 AND notification.emailed_at IS NULL AND recipient.active`,
      [notificationId],
    );
    if (!pending || !this.config.SMTP_URL) return;

    const url = new URL(pending.link, this.config.publicUrl).toString();
    await this.transport().sendMail({
      from: this.config.SMTP_FROM,
      to: { name: pending.display_name, address: pending.email },
      subject: `${NOTIFICATION_KIND_LABELS[pending.kind]}: ${pending.title}`,
      text: `${pending.title}\n\n${pending.body}\n\nOpen it in the portal: ${url}\n`,
    });
    await this.dataSource.query('UPDATE notifications SET emailed_at = now() WHERE id = $1', [
      notificationId,
    ]);
    this.logger.log({ notificationId, kind: pending.kind }, 'notification e-mailed');
  }

  private transport() {
    this.transporter ??= nodemailer.createTransport(this.config.SMTP_URL);

    return this.transporter;
  }
}
