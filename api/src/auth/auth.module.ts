import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessTokenGuard } from './auth.guards';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JWT_SECRET, JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PasswordService } from './password.service';

/**
 * The configured secret, or one generated once and kept in the data folder so that tokens
 * survive a restart of a local portal.
 */
function resolveJwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;

  const file = path.join(config.dataDirectory, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDirectory, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }

  return fs.readFileSync(file, 'utf8').trim();
}

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config),
        signOptions: { expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [
    { provide: JWT_SECRET, inject: [APP_CONFIG], useFactory: resolveJwtSecret },
    AuthService,
    PasswordService,
    JwtStrategy,
    LocalStrategy,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
  ],
  exports: [AuthService, PasswordService],
})
export class AuthModule {}
