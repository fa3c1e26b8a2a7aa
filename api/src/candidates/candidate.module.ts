import { Module } from '@nestjs/common';

import { CandidateResolver } from './candidate.resolver';
import { CandidateService } from './candidate.service';
import { InterviewResolver } from './interview.resolver';
import { InterviewService } from './interview.service';

@Module({ providers: [CandidateResolver, CandidateService, InterviewResolver, InterviewService] })
export class CandidatesModule {}
