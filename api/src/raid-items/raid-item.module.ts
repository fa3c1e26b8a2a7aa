import { Module } from '@nestjs/common';

import { RaidItemResolver } from './raid-item.resolver';
import { RaidItemService } from './raid-item.service';

@Module({
  providers: [RaidItemResolver, RaidItemService],
})
export class RaidItemsModule {}
