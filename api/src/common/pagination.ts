import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { DomainError } from './domain-error';
import { isUuid } from './record-lookup';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: `How many items to return (1–${MAX_PAGE_SIZE})`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ObjectType({ description: 'Where a page sits in the whole list' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page' })
  endCursor: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the GraphQL connection type for a node type, e.g. EngagementConnection. */
export function Connection<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page` })
  class Edge {
    @Field({ description: 'Opaque position of this item' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [Edge], { description: 'Items on this page' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list' })
    totalCount: number;
  }

  return ConnectionType;
}

function encodeCursor(sortValue: unknown, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    // Client input: parsed loosely, then checked element by element.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const decoded: any = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const sortValueOk = ['string', 'number'].includes(typeof decoded?.[0]);
    const idOk = isUuid(decoded?.[1]);
    if (Array.isArray(decoded) && decoded.length === 2 && sortValueOk && idOk) {
      return [decoded[0], decoded[1]];
    }
  } catch {
    // fall through to the input error below
  }
  throw DomainError.badInput([
    { field: 'after', message: 'is not a cursor returned by this list' },
  ]);
}

/**
 * Keyset pagination on (sort property, id), stable under inserts: the cursor holds the last
 * row's sort value and id. `sortProperty` is an entity property of `alias`.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  sortProperty: keyof T & string,
  args: PageArgs,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const totalCount = await query.clone().getCount();
  const sortPath = `${alias}.${sortProperty}`;
  const beyond = direction === 'ASC' ? '>' : '<';

  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after);
    query.andWhere(
      new Brackets((where) =>
        where
          .where(`${sortPath} ${beyond} :cursorSortValue`, { cursorSortValue: sortValue })
          .orWhere(`(${sortPath} = :cursorSortValue AND ${alias}.id ${beyond} :cursorId)`, {
            cursorId: id,
          }),
      ),
    );
  }

  const rows = await query
    .orderBy(sortPath, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(args.first + 1)
    .getMany();
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node[sortProperty], node.id), node }));

  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
