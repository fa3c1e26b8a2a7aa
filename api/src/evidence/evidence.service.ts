import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EvidenceKind } from '@portal/domain';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible } from '../common/record-lookup';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { Evidence } from './evidence.entity';
import {
  AddAttestationInput,
  AddLinkEvidenceInput,
  EvidenceDetailsInput,
  EvidenceLinksInput,
  ReviewEvidenceInput,
  WithdrawEvidenceInput,
} from './evidence.inputs';
import { EvidenceDeliverableLink, EvidenceRequirementLink } from './evidence-link.entity';
import { EvidenceReview } from './evidence-review.entity';
import { EvidenceVersion } from './evidence-version.entity';

const UNIQUE_VIOLATION = '23505';

/** The content of a new version, whatever its kind. */
export interface VersionContent {
  sha256: string;
  sizeBytes?: number | null;
  fileName?: string | null;
  contentType?: string | null;
  url?: string | null;
  statement?: string | null;
}

export type VersionPeriod = Pick<EvidenceDetailsInput, 'coversFrom' | 'coversTo' | 'validUntil'>;

function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

@Injectable()
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Evidence,
      'Evidence',
      id,
      actor,
      this.policy.scopeEvidence,
    );
  }

  getVersion(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      EvidenceVersion,
      'Evidence version',
      id,
      actor,
      this.policy.scopeEvidenceVersions,
    );
  }

  async listForEngagement(actor: Actor, engagementId: string, page: PageArgs) {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    const query = this.policy
      .scopeEvidence(
        this.dataSource.getRepository(Evidence).createQueryBuilder('evidence'),
        actor,
        'evidence',
      )
      .andWhere('evidence.engagementId = :engagementId', { engagementId });

    return paginate(query, 'evidence', 'title', page);
  }

  /** Latest versions waiting for a decision, on engagements the actor can see, oldest first. */
  reviewQueue(actor: Actor, page: PageArgs, engagementId?: string | null) {
    const query = this.policy
      .scopeEvidenceVersions(
        this.dataSource.getRepository(EvidenceVersion).createQueryBuilder('version'),
        actor,
        'version',
      )
      .innerJoin(
        Evidence,
        'evidence',
        'evidence.id = version.evidenceId AND evidence.withdrawnAt IS NULL',
      )
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM evidence_reviews review WHERE review.evidence_version_id = version.id)',
      )
      .andWhere(
        'version.number = (SELECT max(newest.number) FROM evidence_versions newest WHERE newest.evidence_id = version.evidence_id)',
      );
    if (engagementId) query.andWhere('evidence.engagementId = :engagementId', { engagementId });

    return paginate(query, 'version', 'createdAt', page);
  }

  /** Checked before an upload stores any byte. */
  async assertCanAdd(actor: Actor, engagementId: string) {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    await this.policy.authorizeOnEngagement(
      this.dataSource.manager,
      actor,
      Action.AddEvidence,
      engagementId,
    );
  }

  addLink(scope: RequestScope, input: AddLinkEvidenceInput) {
    return this.create(scope, EvidenceKind.LINK, input, {
      url: input.url,
      sha256: sha256Of(input.url),
    });
  }

  /** The statement is signed by the signed-in user: their id is the version's author. */
  addAttestation(scope: RequestScope, input: AddAttestationInput) {
    const statement = input.statement.trim();

    return this.create(scope, EvidenceKind.ATTESTATION, input, {
      statement,
      sha256: sha256Of(statement),
    });
  }

  /**
   * Records an uploaded file whose blob is already durable in the store: a new evidence, or a
   * new version of an existing file evidence when `evidenceId` is given.
   */
  async addFile(
    scope: RequestScope,
    details: EvidenceDetailsInput & { evidenceId?: string | null },
    content: VersionContent,
  ): Promise<{ evidence: Evidence; version: EvidenceVersion }> {
    if (!details.evidenceId) {
      return this.create(scope, EvidenceKind.FILE, details, content);
    }

    return this.dataSource.transaction(async (manager) => {
      const evidence = await findVisible(
        manager,
        Evidence,
        'Evidence',
        details.evidenceId!,
        scope.actor,
        this.policy.scopeEvidence,
      );
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.AddEvidence,
        evidence.engagementId,
      );
      if (evidence.engagementId !== details.engagementId) {
        throw DomainError.badInput([
          { field: 'evidenceId', message: 'belongs to another engagement' },
        ]);
      }
      if (evidence.kind !== EvidenceKind.FILE || evidence.withdrawnAt) {
        throw DomainError.badInput([
          { field: 'evidenceId', message: 'is not a file evidence that is still in use' },
        ]);
      }
      await manager.query('SELECT id FROM evidence WHERE id = $1 FOR UPDATE', [evidence.id]);
      const version = await this.insertVersion(manager, scope, evidence, details, content);
      await this.attach(manager, scope, evidence, details.requirementIds, details.deliverableIds);

      return { evidence, version };
    });
  }

  async link(scope: RequestScope, input: EvidenceLinksInput): Promise<Evidence> {
    return this.dataSource.transaction(async (manager) => {
      const evidence = await findVisible(
        manager,
        Evidence,
        'Evidence',
        input.evidenceId,
        scope.actor,
        this.policy.scopeEvidence,
      );
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.AddEvidence,
        evidence.engagementId,
      );
      await this.attach(manager, scope, evidence, input.requirementIds, input.deliverableIds);

      return evidence;
    });
  }

  async unlink(scope: RequestScope, input: EvidenceLinksInput): Promise<Evidence> {
    return this.dataSource.transaction(async (manager) => {
      const evidence = await findVisible(
        manager,
        Evidence,
        'Evidence',
        input.evidenceId,
        scope.actor,
        this.policy.scopeEvidence,
      );
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.AddEvidence,
        evidence.engagementId,
      );
      if (input.requirementIds.length > 0) {
        await manager.delete(EvidenceRequirementLink, {
          evidenceId: evidence.id,
          engagementRequirementId: In(input.requirementIds),
        });
      }
      if (input.deliverableIds.length > 0) {
        await manager.delete(EvidenceDeliverableLink, {
          evidenceId: evidence.id,
          deliverableId: In(input.deliverableIds),
        });
      }
      await this.activity.record(manager, scope, {
        action: 'evidence.unlinked',
        entityType: 'Evidence',
        entityId: evidence.id,
        engagementId: evidence.engagementId,
        changes: { requirementIds: input.requirementIds, deliverableIds: input.deliverableIds },
      });

      return evidence;
    });
  }

  /** One decision per version: of two reviewers deciding at once, the second gets CONFLICT. */
  async review(scope: RequestScope, input: ReviewEvidenceInput): Promise<EvidenceReview> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const version = await findVisible(
          manager,
          EvidenceVersion,
          'Evidence version',
          input.versionId,
          scope.actor,
          this.policy.scopeEvidenceVersions,
        );
        this.policy.authorize(scope.actor, Action.ReviewEvidence);
        const evidence = await manager.findOneByOrFail(Evidence, { id: version.evidenceId });
        if (evidence.withdrawnAt) {
          throw DomainError.badInput([
            { field: 'versionId', message: 'belongs to withdrawn evidence' },
          ]);
        }
        if (version.createdById === scope.actor.userId) {
          throw DomainError.badInput([
            { field: 'versionId', message: 'was provided by you; another officer must review it' },
          ]);
        }
        if (await manager.existsBy(EvidenceReview, { evidenceVersionId: version.id })) {
          throw DomainError.conflict('Evidence version', version.id);
        }

        const review = await manager.save(
          EvidenceReview,
          manager.create(EvidenceReview, {
            evidenceVersionId: version.id,
            reviewerId: scope.actor.userId,
            decision: input.decision,
            comment: input.comment.trim(),
          }),
        );
        await this.activity.record(manager, scope, {
          action: 'evidence.reviewed',
          entityType: 'EvidenceVersion',
          entityId: version.id,
          engagementId: evidence.engagementId,
          changes: { decision: input.decision, comment: review.comment, sha256: version.sha256 },
        });

        return review;
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw DomainError.conflict('Evidence version', input.versionId);
      }
      throw error;
    }
  }

  async withdraw(scope: RequestScope, input: WithdrawEvidenceInput): Promise<Evidence> {
    return this.dataSource.transaction(async (manager) => {
      const evidence = await findVisible(
        manager,
        Evidence,
        'Evidence',
        input.evidenceId,
        scope.actor,
        this.policy.scopeEvidence,
      );
      this.policy.authorize(scope.actor, Action.WithdrawEvidence);
      if (evidence.withdrawnAt) return evidence;

      evidence.withdrawnAt = new Date();
      evidence.withdrawnReason = input.reason.trim();
      const saved = await manager.save(evidence);
      await this.activity.record(manager, scope, {
        action: 'evidence.withdrawn',
        entityType: 'Evidence',
        entityId: evidence.id,
        engagementId: evidence.engagementId,
        changes: { reason: saved.withdrawnReason },
      });

      return saved;
    });
  }

  private create(
    scope: RequestScope,
    kind: EvidenceKind,
    details: EvidenceDetailsInput,
    content: VersionContent,
  ) {
    return this.dataSource.transaction((manager) =>
      this.createWithin(manager, scope, kind, details, content),
    );
  }

  /** Creates evidence with its first version and links inside the caller's transaction. */
  async createWithin(
    manager: EntityManager,
    scope: RequestScope,
    kind: EvidenceKind,
    details: EvidenceDetailsInput,
    content: VersionContent,
  ): Promise<{ evidence: Evidence; version: EvidenceVersion }> {
    const engagement = await findVisible(
      manager,
      Engagement,
      'Engagement',
      details.engagementId,
      scope.actor,
      this.policy.scopeEngagements,
    );
    await this.policy.authorizeOnEngagement(
      manager,
      scope.actor,
      Action.AddEvidence,
      engagement.id,
    );
    const evidence = await manager.save(
      Evidence,
      manager.create(Evidence, {
        engagementId: engagement.id,
        kind,
        title: details.title.trim(),
        description: details.description ?? '',
        createdById: scope.actor.userId,
      }),
    );
    await this.activity.record(manager, scope, {
      action: 'evidence.created',
      entityType: 'Evidence',
      entityId: evidence.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: { kind, title: evidence.title },
    });
    const version = await this.insertVersion(manager, scope, evidence, details, content);
    await this.attach(
      manager,
      scope,
      evidence,
      details.requirementIds ?? [],
      details.deliverableIds ?? [],
    );

    return { evidence, version };
  }

  private async insertVersion(
    manager: EntityManager,
    scope: RequestScope,
    evidence: Evidence,
    period: VersionPeriod,
    content: VersionContent,
  ): Promise<EvidenceVersion> {
    if (period.coversFrom && period.coversTo && period.coversTo < period.coversFrom) {
      throw DomainError.badInput([{ field: 'coversTo', message: 'must not be before coversFrom' }]);
    }
    const [{ next }] = await manager.query(
      'SELECT coalesce(max(number), 0) + 1 AS next FROM evidence_versions WHERE evidence_id = $1',
      [evidence.id],
    );
    const version = await manager.save(
      EvidenceVersion,
      manager.create(EvidenceVersion, {
        evidenceId: evidence.id,
        number: next,
        sha256: content.sha256,
        sizeBytes: content.sizeBytes ?? null,
        fileName: content.fileName ?? null,
        contentType: content.contentType ?? null,
        url: content.url ?? null,
        statement: content.statement ?? null,
        coversFrom: period.coversFrom ?? null,
        coversTo: period.coversTo ?? null,
        validUntil: period.validUntil ?? null,
        createdById: scope.actor.userId,
      }),
    );
    await this.activity.record(manager, scope, {
      action: 'evidence.version-added',
      entityType: 'EvidenceVersion',
      entityId: version.id,
      engagementId: evidence.engagementId,
      changes: {
        evidenceId: evidence.id,
        number: version.number,
        sha256: version.sha256,
        fileName: version.fileName,
        coversFrom: version.coversFrom,
        coversTo: version.coversTo,
        validUntil: version.validUntil,
      },
    });

    return version;
  }

  /** Links to requirements and deliverables of the evidence's own engagement only. */
  private async attach(
    manager: EntityManager,
    scope: RequestScope,
    evidence: Evidence,
    requirementIds: string[],
    deliverableIds: string[],
  ) {
    if (requirementIds.length + deliverableIds.length === 0) return;

    const requirements = requirementIds.length
      ? await manager.findBy(EngagementRequirement, {
          id: In(requirementIds),
          engagementId: evidence.engagementId,
        })
      : [];
    const deliverables = deliverableIds.length
      ? await manager.findBy(Deliverable, {
          id: In(deliverableIds),
          engagementId: evidence.engagementId,
        })
      : [];
    const problems = [
      ...requirementIds
        .filter((id) => !requirements.some((item) => item.id === id))
        .map((id) => ({
          field: 'requirementIds',
          message: `${id} is not a requirement in this engagement's scope`,
        })),
      ...deliverableIds
        .filter((id) => !deliverables.some((item) => item.id === id))
        .map((id) => ({
          field: 'deliverableIds',
          message: `${id} is not a deliverable of this engagement`,
        })),
    ];
    if (problems.length > 0) throw DomainError.badInput(problems);

    if (requirements.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(EvidenceRequirementLink)
        .values(
          requirements.map((item) => ({
            evidenceId: evidence.id,
            engagementRequirementId: item.id,
            linkedById: scope.actor.userId,
          })),
        )
        .orIgnore()
        .execute();
    }
    if (deliverables.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(EvidenceDeliverableLink)
        .values(
          deliverables.map((item) => ({
            evidenceId: evidence.id,
            deliverableId: item.id,
            linkedById: scope.actor.userId,
          })),
        )
        .orIgnore()
        .execute();
    }
    await this.activity.record(manager, scope, {
      action: 'evidence.linked',
      entityType: 'Evidence',
      entityId: evidence.id,
      engagementId: evidence.engagementId,
      changes: {
        requirements: requirements.map((item) => `${item.framework} ${item.reference}`),
        deliverableIds: deliverables.map((item) => item.id),
      },
    });
  }
}
