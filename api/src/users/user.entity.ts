import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '@portal/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Organization } from '../organizations/organization.entity';

@ObjectType({ description: 'A person who signs in; belongs to one organization with one role' })
@Entity('users')
export class User extends VersionedEntity {
  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Stored lower-cased; exposed through a field resolver that masks it where policy says. */
  @Column({ unique: true })
  email: string;

  @Field({ description: 'Name shown to other users' })
  @Column({ name: 'display_name' })
  displayName: string;

  @Field(() => Role, { description: 'The one role this user holds' })
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Field({ description: 'Deactivated users cannot sign in and lose their sessions at once' })
  @Column({ default: true })
  active: boolean;
}
