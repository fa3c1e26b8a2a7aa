import { Field, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '@portal/domain';
import { Column, Entity } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';

@ObjectType({ description: 'The agency, a client, or an audit firm' })
@Entity('organizations')
export class Organization extends VersionedEntity {
  @Field({ description: 'Display name' })
  @Column({ unique: true })
  name: string;

  @Field(() => OrganizationKind, { description: 'Agency, client or audit firm' })
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Regulated sector, for clients' })
  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Field(() => [String], { description: 'Regulations the organization answers to, e.g. DORA' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regulations: string[];
}
