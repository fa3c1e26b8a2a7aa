import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { DomainError } from '../common/domain-error';
import { Actor } from '../policy/actor';
import { AccessTokenClaims, AuthService } from './auth.service';

export const JWT_SECRET = Symbol('JWT_SECRET');

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly auth: AuthService,
    @Inject(JWT_SECRET) secret: string,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: secret,
      algorithms: ['HS256'],
    });
  }

  /** A valid signature is not enough: the session must still be live and the user active. */
  async validate(claims: AccessTokenClaims): Promise<Actor> {
    const actor = await this.auth.actorForToken(claims);
    if (!actor) throw DomainError.unauthenticated('The session has ended; sign in again');

    return actor;
  }
}
