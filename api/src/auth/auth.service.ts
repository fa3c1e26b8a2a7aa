import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityAuthor, ActivityService } from '../activity/activity.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Organization } from '../organizations/organization.entity';
import { Actor, RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { AuthPayload } from './dto/auth-payload.type';
import { PasswordService } from './password.service';
import { Session } from './session.entity';

/** Failures within this window count together; after FREE_FAILURES each one doubles the wait. */
const FAILURE_WINDOW_SECONDS = 15 * 60;
const FREE_FAILURES = 5;
const FIRST_BLOCK_SECONDS = 30;
const MAX_BLOCK_SECONDS = 15 * 60;
const WRONG_CREDENTIALS = 'Email or password is incorrect';
const SIGN_IN_LOCK_KEY = 727_003;

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly jwt: JwtService,
    private readonly activity: ActivityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks credentials. Unknown email, wrong password and deactivated account all give the
   * same error after the same amount of work; repeated failures for one email are blocked for
   * a growing time, whether or not the account exists.
   */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const normalized = email.trim().toLowerCase();

    // Attempts for one email take turns, so parallel guesses cannot slip past the count.
    const user = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        SIGN_IN_LOCK_KEY,
        normalized,
      ]);
      await this.refuseWhileBlocked(manager, normalized);
      const candidate = await manager.findOne(User, { where: { email: normalized } });
      const matches = await this.passwords.verify(candidate?.passwordHash ?? null, password);
      if (!candidate || !matches || !candidate.active) {
        await this.recordFailure(manager, normalized);
        return null;
      }
      await manager.query('DELETE FROM login_throttles WHERE email = $1', [normalized]);

      return candidate;
    });
    if (!user) {
      this.logger.warn({ event: 'sign-in.failed' }, 'sign-in refused');
      throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    }

    return user;
  }

  async startSession(user: User, requestId: string): Promise<AuthPayload> {
    return this.dataSource.transaction(async (manager) => {
      const refreshToken = randomBytes(32).toString('base64url');
      const session = await manager.save(Session, {
        userId: user.id,
        refreshTokenHash: hashToken(refreshToken),
        expiresAt: this.refreshExpiry(),
      });
      await this.activity.record(manager, this.authorFor(user, requestId), {
        action: 'session.started',
        entityType: 'Session',
        entityId: session.id,
        organizationId: user.organizationId,
        changes: {},
      });

      return this.payload(user, session, refreshToken);
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token can be used once: presenting one that
   * was already rotated means it was copied, so the whole session is revoked.
   */
  async refresh(refreshToken: string, requestId: string): Promise<AuthPayload> {
    const presentedHash = hashToken(refreshToken);

    return this.dataSource
      .transaction(async (manager) => {
        const session = await manager
          .getRepository(Session)
          .createQueryBuilder('session')
          .setLock('pessimistic_write')
          .where('session.refreshTokenHash = :hash OR session.previousRefreshTokenHash = :hash', {
            hash: presentedHash,
          })
          .getOne();
        if (!session || session.revokedAt || session.expiresAt <= new Date()) {
          throw DomainError.unauthenticated('The session has ended; sign in again');
        }

        const user = await manager.findOne(User, { where: { id: session.userId } });
        if (!user?.active)
          throw DomainError.unauthenticated('The session has ended; sign in again');

        const author = this.authorFor(user, requestId);
        if (session.refreshTokenHash !== presentedHash) {
          await this.revoke(manager, author, user.organizationId, session, 'refresh token reused');
          this.logger.warn(
            { event: 'refresh-token.reused', sessionId: session.id },
            'session revoked',
          );

          return null;
        }

        const nextToken = randomBytes(32).toString('base64url');
        session.previousRefreshTokenHash = presentedHash;
        session.refreshTokenHash = hashToken(nextToken);
        session.rotatedAt = new Date();
        session.expiresAt = this.refreshExpiry();
        await manager.save(session);
        await this.activity.record(manager, author, {
          action: 'session.refreshed',
          entityType: 'Session',
          entityId: session.id,
          organizationId: user.organizationId,
          changes: {},
        });

        return this.payload(user, session, nextToken);
      })
      .then((payload) => {
        // Thrown after the commit, so the revocation of a reused session is kept.
        if (!payload) throw DomainError.unauthenticated('The session has ended; sign in again');
        return payload;
      });
  }

  async signOut(scope: RequestScope): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneOrFail(Session, {
        where: { id: scope.actor.sessionId },
      });
      await this.revoke(manager, scope, scope.actor.organizationId, session, 'signed out');
    });

    return true;
  }

  /** Changes the password and ends every session of the user; the caller gets a fresh one. */
  async changePassword(scope: RequestScope, currentPassword: string, newPassword: string) {
    const user = await this.dataSource
      .getRepository(User)
      .findOneOrFail({ where: { id: scope.actor.userId } });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw DomainError.badInput([
        { field: 'currentPassword', message: 'is not the current password' },
      ]);
    }
    if (currentPassword === newPassword) {
      throw DomainError.badInput([
        { field: 'newPassword', message: 'must differ from the current password' },
      ]);
    }

    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.revokeAllSessions(manager, user.id, 'password changed');
      await this.activity.record(manager, scope, {
        action: 'user.password-changed',
        entityType: 'User',
        entityId: user.id,
        organizationId: user.organizationId,
        changes: { password: 'changed' },
      });
    });

    return this.startSession(user, scope.requestId);
  }

  async revokeAllSessions(manager: EntityManager, userId: string, reason: string) {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  /** The actor of a token just issued, so fields of the sign-in answer resolve as that user. */
  actorFromNewToken(accessToken: string): Promise<Actor | null> {
    return this.actorForToken(this.jwt.decode<AccessTokenClaims>(accessToken));
  }

  /** Turns a verified access token into an actor, if its session and user are still live. */
  async actorForToken(claims: AccessTokenClaims): Promise<Actor | null> {
    const row = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('session')
      .innerJoin(User, 'user', 'user.id = session.userId')
      .innerJoin(Organization, 'organization', 'organization.id = user.organizationId')
      .select([
        'user.id AS "userId"',
        'user.organizationId AS "organizationId"',
        'user.role AS "role"',
        'user.displayName AS "displayName"',
        'organization.kind AS "organizationKind"',
      ])
      .where('session.id = :sessionId AND session.userId = :userId', {
        sessionId: claims.sid,
        userId: claims.sub,
      })
      .andWhere('session.revokedAt IS NULL AND session.expiresAt > now() AND user.active')
      .getRawOne<Omit<Actor, 'sessionId'>>();

    return row ? { ...row, sessionId: claims.sid } : null;
  }

  private async revoke(
    manager: EntityManager,
    author: ActivityAuthor,
    organizationId: string,
    session: Session,
    reason: string,
  ) {
    await manager.update(
      Session,
      { id: session.id },
      { revokedAt: new Date(), revokedReason: reason },
    );
    await this.activity.record(manager, author, {
      action: 'session.revoked',
      entityType: 'Session',
      entityId: session.id,
      organizationId,
      changes: { reason },
    });
  }

  private async refuseWhileBlocked(manager: EntityManager, email: string) {
    const [row] = await manager.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM blocked_until - now()))::int AS "retryAfterSeconds"
       FROM login_throttles WHERE email = $1 AND blocked_until > now()`,
      [email],
    );
    if (row) {
      throw new DomainError(
        ErrorCode.TooManyRequests,
        `Too many failed sign-ins; try again in ${row.retryAfterSeconds} seconds`,
        { retryAfterSeconds: row.retryAfterSeconds },
      );
    }
  }

  private async recordFailure(manager: EntityManager, email: string) {
    await manager.query(
      `INSERT INTO login_throttles (email, failure_count, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         failure_count = CASE WHEN login_throttles.last_failure_at < now() - make_interval(secs => $2)
                              THEN 1 ELSE login_throttles.failure_count + 1 END,
         last_failure_at = now()`,
      [email, FAILURE_WINDOW_SECONDS],
    );
    await manager.query(
      `UPDATE login_throttles SET blocked_until = now() + make_interval(secs =>
         LEAST($2::float8, $3::float8 * power(2, failure_count - $4 - 1)))
       WHERE email = $1 AND failure_count > $4`,
      [email, MAX_BLOCK_SECONDS, FIRST_BLOCK_SECONDS, FREE_FAILURES],
    );
  }

  private authorFor(user: User, requestId: string): ActivityAuthor {
    return {
      requestId,
      actor: { userId: user.id, role: user.role, displayName: user.displayName },
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  }

  private async payload(user: User, session: Session, refreshToken: string): Promise<AuthPayload> {
    const claims: AccessTokenClaims = { sub: user.id, sid: session.id };
    const accessToken = await this.jwt.signAsync(claims);

    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000),
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
      user,
    };
  }
}
