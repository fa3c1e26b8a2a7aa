import { Field, ObjectType } from '@nestjs/graphql';
import { PinnedVersionKind } from '@portal/domain';

@ObjectType({ description: 'The exact version a deliverable was handed over at' })
export class PinnedVersion {
  @Field(() => PinnedVersionKind, { description: 'Tag, commit, spec version or hash' })
  kind: PinnedVersionKind;

  @Field({ description: 'The tag name, commit id, version number or hash' })
  value: string;

  @Field({ description: 'Where to see it (https)' })
  url: string;
}
