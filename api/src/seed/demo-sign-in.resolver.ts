import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { USERS } from './demo-data';

@Resolver()
export class DemoSignInResolver {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Lets the sign-in page offer the demo accounts only where they exist and may be used. */
  @Public()
  @Query(() => Boolean, {
    description: 'Whether this portal runs with the demo data, so the demo accounts can sign in',
  })
  async demoSignInAvailable(): Promise<boolean> {
    if (!this.config.SEED_DEMO_DATA) return false;

    const [row] = await this.dataSource.query(
      'SELECT 1 FROM users WHERE email = $1 AND active LIMIT 1',
      [USERS[0].email],
    );

    return Boolean(row);
  }
}
