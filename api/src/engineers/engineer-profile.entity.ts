import { Field, ObjectType } from '@nestjs/graphql';
import { Seniority } from '@portal/domain';
import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { User } from '../users/user.entity';

/**
 * An engineer the agency can place. Contact details and day rate are personal or commercial
 * data: they are not plain fields, the resolver masks them for roles that must not see them.
 */
@ObjectType({ description: 'An agency engineer with skills and seniority' })
@Entity('engineer_profiles')
export class EngineerProfile extends VersionedEntity {
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @OneToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field({ description: 'Full name' })
  @Column({ name: 'full_name' })
  fullName: string;

  @Column({ name: 'contact_email' })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'day_rate_eur', type: 'integer', nullable: true })
  dayRateEur: number | null;

  @Field(() => Seniority, { description: 'Seniority level' })
  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority' })
  seniority: Seniority;

  @Field({ description: 'Where the engineer works from, e.g. "Lisbon, PT"' })
  @Column()
  location: string;

  @Field(() => [String], { description: 'Skills, e.g. Kafka, dbt, Go' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];
}
