import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';

import { Public } from '../auth/public.decorator';
import { DatabaseHealthIndicator } from './database.health';

export const LIVENESS_PATH = '/health/live';
export const READINESS_PATH = '/health/ready';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  /** The process is up and serving; says nothing about dependencies. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready for traffic only while the database answers; 503 otherwise. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.ping('database')]);
  }
}
