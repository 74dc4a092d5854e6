import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import type { GraphQLContext } from './request-context';

/** The signed-in actor, or null. Services decide what null may do. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return GqlExecutionContext.create(ctx).getContext<GraphQLContext>().actor ?? null;
});
