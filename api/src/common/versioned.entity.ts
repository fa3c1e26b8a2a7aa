import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every mutable record has: a UUID, timestamps and a version for optimistic locking. */
@ObjectType({ isAbstract: true })
export abstract class VersionedEntity {
  @Field(() => ID, { description: 'Stable identifier' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the record was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the record last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increments on every change; send it back when updating' })
  @VersionColumn()
  version: number;
}
