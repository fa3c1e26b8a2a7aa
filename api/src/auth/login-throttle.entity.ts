import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per email address, kept in the database so every API instance agrees. */
@Entity('login_throttles')
export class LoginThrottle {
  @PrimaryColumn()
  email: string;

  @Column({ name: 'failure_count', type: 'integer', default: 0 })
  failureCount: number;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
