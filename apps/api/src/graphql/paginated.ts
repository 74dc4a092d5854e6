import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Page } from '@imh/common';

/**
 * The GraphQL shape of every paginated list (`items`, `totalCount`, `offset`, `limit`),
 * matching the services' `Page<T>`. Declare a page as `class UserPage extends Paginated(User) {}`.
 */
export function Paginated<T>(itemType: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => Int)
    offset: number;

    @Field(() => Int)
    limit: number;
  }
  return PageType as Type<Page<T>>;
}
