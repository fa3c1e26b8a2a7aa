import { Module } from '@nestjs/common';

import { EngineerResolver } from './engineer.resolver';
import { EngineerService } from './engineer.service';

@Module({
  providers: [EngineerResolver, EngineerService],
  exports: [EngineerService],
})
export class EngineersModule {}
