import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notification.module';
import { CandidateResolver } from './candidate.resolver';
import { CandidateService } from './candidate.service';
import { InterviewResolver } from './interview.resolver';
import { InterviewService } from './interview.service';

@Module({
  imports: [NotificationsModule],
  providers: [CandidateResolver, CandidateService, InterviewResolver, InterviewService],
})
export class CandidatesModule {}
