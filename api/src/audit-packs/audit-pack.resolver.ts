import {
  Args,
  Context,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { AuditPack, AuditPackStatus } from './audit-pack.entity';
import { ExportAuditPackInput } from './audit-pack.inputs';
import { AuditPackService } from './audit-pack.service';

export const AUDIT_PACK_DOWNLOAD_PATH = '/api/audit-packs/:packId/download';

@ObjectType({ description: 'The public half of the key that signs pack manifests' })
export class PackSigningKeyInfo {
  @Field({ description: 'SHA-256 of the DER public key, hex: give it to the verify command' })
  fingerprint: string;

  @Field({ description: 'The public key, PEM' })
  publicKey: string;
}

@Resolver(() => AuditPack)
export class AuditPackResolver {
  constructor(private readonly auditPackService: AuditPackService) {}

  @Query(() => PackSigningKeyInfo, {
    description: 'The key that signs audit packs, to pin when verifying',
  })
  packSigningKey(): PackSigningKeyInfo {
    return {
      fingerprint: this.auditPackService.signingKey.fingerprint,
      publicKey: this.auditPackService.signingKey.publicKeyPem,
    };
  }

  @Query(() => AuditPack, { description: 'One audit pack by id' })
  auditPack(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Pack id' }) id: string,
  ) {
    return this.auditPackService.get(scope.actor, id);
  }

  @Query(() => [AuditPack], {
    description: 'The latest audit packs of an engagement, newest first',
  })
  auditPacks(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
  ) {
    return this.auditPackService.list(scope.actor, engagementId);
  }

  @Mutation(() => AuditPack, {
    description: 'Queues an audit pack export (compliance officers, agency admins)',
  })
  exportAuditPack(@CurrentScope() scope: RequestScope, @Args('input') input: ExportAuditPackInput) {
    return this.auditPackService.request(scope, input);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() pack: AuditPack, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(pack.engagementId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who asked for it' })
  requestedBy(@Parent() pack: AuditPack, @Context() context: GraphqlContext) {
    return context.loaders.user.load(pack.requestedById);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where to download the ZIP (with the bearer token), once ready',
  })
  downloadPath(@Parent() pack: AuditPack) {
    return pack.status === AuditPackStatus.SUCCEEDED
      ? AUDIT_PACK_DOWNLOAD_PATH.replace(':packId', pack.id)
      : null;
  }
}
