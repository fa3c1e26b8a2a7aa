import { Inject, Injectable, Logger } from '@nestjs/common';
import { RequirementRef } from '@portal/catalogs';
import { RequirementStatus } from '@portal/domain';
import { DataSource } from 'typeorm';

import { Engagement } from '../engagements/engagement.entity';
import { LocalBlobStore } from '../evidence/blob-store';
import { checkContentType } from '../evidence/content-type';
import { EvidenceDetailsInput } from '../evidence/evidence.inputs';
import { EvidenceService } from '../evidence/evidence.service';
import { BLOB_STORE } from '../evidence/evidence-file.controller';
import { Organization } from '../organizations/organization.entity';
import { actorOf, RequestScope } from '../policy/actor';
import { today } from '../requirements/compliance-matrix.service';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { addDays } from '../requirements/evidence-status';
import { RequirementService } from '../requirements/requirement.service';
import { User } from '../users/user.entity';
import { DEMO_EVIDENCE, DEMO_NOT_APPLICABLE, DEMO_SCOPES, DemoEvidence } from './demo-compliance';

/**
 * Scopes frameworks on demo engagements and adds evidence files, links and attestations in
 * every review state, through the same services users go through, acting as the demo users.
 * Runs once: it does nothing when any engagement already has a framework in scope. Dates are
 * relative to today so that fresh, expiring and expired evidence all show.
 */
@Injectable()
export class DemoComplianceSeeder {
  private readonly logger = new Logger(DemoComplianceSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly requirements: RequirementService,
    private readonly evidence: EvidenceService,
    @Inject(BLOB_STORE) private readonly blobs: LocalBlobStore,
  ) {}

  async seed(): Promise<boolean> {
    const [{ scoped }] = await this.dataSource.query(
      'SELECT count(*)::int AS scoped FROM engagement_frameworks',
    );
    if (scoped > 0) return false;

    for (const scope of DEMO_SCOPES) {
      const engagementId = await this.engagementId(scope.engagement);
      await this.requirements.setFrameworks(await this.actingAs(scope.officer), {
        engagementId,
        frameworks: scope.frameworks,
      });
    }
    for (const item of DEMO_NOT_APPLICABLE) {
      const requirement = await this.requirement(item.engagement, item.reference);
      const officer = DEMO_SCOPES.find((scope) => scope.engagement === item.engagement)!.officer;
      await this.requirements.update(await this.actingAs(officer), {
        id: requirement.id,
        version: requirement.version,
        status: RequirementStatus.NOT_APPLICABLE,
        justification: item.justification,
      });
    }
    for (const item of DEMO_EVIDENCE) await this.addEvidence(item);

    this.logger.log({ evidence: DEMO_EVIDENCE.length }, 'demo compliance data loaded');
    return true;
  }

  private async addEvidence(item: DemoEvidence) {
    const scope = await this.actingAs(item.uploader);
    const engagementId = await this.engagementId(item.engagement);
    const requirementIds = await Promise.all(
      item.requirements.map(
        async (reference) => (await this.requirement(item.engagement, reference)).id,
      ),
    );
    const base = today();
    const details = {
      engagementId,
      title: item.title,
      description: item.description,
      coversFrom: addDays(base, item.coversFromDays),
      coversTo: addDays(base, item.coversToDays),
      validUntil: item.validUntilDays === null ? null : addDays(base, item.validUntilDays),
      requirementIds,
      deliverableIds: [],
    };

    const { version } = await this.create(scope, item, details);
    if (item.reviewer && item.decision) {
      await this.evidence.review(await this.actingAs(item.reviewer), {
        versionId: version.id,
        decision: item.decision,
        comment: item.comment ?? '',
      });
    }
  }

  private async create(scope: RequestScope, item: DemoEvidence, details: EvidenceDetailsInput) {
    const content = item.content;
    if (content.kind === 'link')
      return this.evidence.addLink(scope, { ...details, url: content.url });
    if (content.kind === 'attestation')
      return this.evidence.addAttestation(scope, { ...details, statement: content.statement });

    const bytes = await content.bytes();
    const stored = await this.blobs.putBuffer(bytes);
    const verdict = await checkContentType(stored.head, content.fileName);
    if (!verdict.ok) throw new Error(`demo file ${content.fileName} refused: ${verdict.reason}`);

    return this.evidence.addFile(scope, details, {
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      fileName: content.fileName,
      contentType: verdict.contentType,
    });
  }

  private async actingAs(email: string): Promise<RequestScope> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ email });
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: user.organizationId });

    return { requestId: 'demo-seed', actor: actorOf(user, organization.kind, 'demo-seed') };
  }

  private async engagementId(name: string): Promise<string> {
    return (await this.dataSource.getRepository(Engagement).findOneByOrFail({ name })).id;
  }

  private async requirement(engagement: string, reference: RequirementRef) {
    const engagementId = await this.engagementId(engagement);

    return this.dataSource.getRepository(EngagementRequirement).findOneByOrFail({
      engagementId,
      framework: reference.framework,
      reference: reference.reference,
    });
  }
}
