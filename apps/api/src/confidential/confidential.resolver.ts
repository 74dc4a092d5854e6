import { Args, Context, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import {
  AddConfidentialNoteInput,
  Confidant,
  ConfidantWorkspace,
  ConfidentialFigures,
  ConfidentialKeysService,
  ConfidentialThreadService,
  ConfidentialThreadSummary,
  ConfidentialThreadView,
  ReplyByReceiptInput,
  ReplyToConfidentialThreadInput,
  SetConfidentialRetentionInput,
  SetConfidentialThreadStatusInput,
  StartConfidentialThreadInput,
  StartedConfidentialThread,
  type KeyHolder,
} from '@imh/confidential';
import { PageInput } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SESSION_COOKIE, type GraphQLContext } from '../auth/request-context';
import { Paginated } from '../graphql/paginated';
import { uuid } from '../graphql/uuid.pipe';

@ObjectType()
export class ConfidentialThreadPage extends Paginated(ConfidentialThreadSummary) {}

/** The request's key holder: its actor and the session token from the httpOnly cookie. */
const holderOf = (ctx: GraphQLContext): KeyHolder => ({
  actor: ctx.actor,
  sessionToken: ctx.req.cookies?.[SESSION_COOKIE] as string | undefined,
});
const addressOf = (ctx: GraphQLContext) => ctx.req.ip ?? 'unknown';

/** The confidential channel. Thin: every rule and every key is the context's. */
@Resolver()
export class ConfidentialResolver {
  constructor(
    private readonly threads: ConfidentialThreadService,
    private readonly keys: ConfidentialKeysService,
  ) {}

  @Query(() => [Confidant], { description: 'The confidants a student or docent can write to.' })
  confidants(@CurrentActor() actor: Actor | null): Promise<Confidant[]> {
    return this.threads.confidants(actor);
  }

  @Query(() => ConfidentialThreadPage, { description: 'Your own confidential threads (not the anonymous ones).' })
  myConfidentialThreads(
    @Context() ctx: GraphQLContext,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<ConfidentialThreadPage> {
    return this.threads.mine(holderOf(ctx), page);
  }

  @Query(() => ConfidentialThreadPage, { description: 'A confidant’s inbox: unread first.' })
  confidentialInbox(
    @Context() ctx: GraphQLContext,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<ConfidentialThreadPage> {
    return this.threads.inbox(holderOf(ctx), page);
  }

  @Query(() => ConfidentialThreadView)
  confidentialThread(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<ConfidentialThreadView> {
    return this.threads.thread(holderOf(ctx), id);
  }

  @Query(() => ConfidentialThreadView, { description: 'An anonymous thread, by its receipt; signed in or not.' })
  confidentialThreadByReceipt(
    @Context() ctx: GraphQLContext,
    @Args('receipt') receipt: string,
  ): Promise<ConfidentialThreadView> {
    return this.threads.threadByReceipt(receipt.slice(0, 200), addressOf(ctx));
  }

  @Query(() => ConfidantWorkspace)
  confidantWorkspace(@Context() ctx: GraphQLContext): Promise<ConfidantWorkspace> {
    return this.threads.workspace(holderOf(ctx));
  }

  @Query(() => ConfidentialFigures, { description: 'Counts for the annual report: no content.' })
  confidentialFigures(
    @CurrentActor() actor: Actor | null,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<ConfidentialFigures> {
    return this.threads.figures(actor, year);
  }

  @Mutation(() => StartedConfidentialThread)
  startConfidentialThread(
    @Context() ctx: GraphQLContext,
    @Args('input') input: StartConfidentialThreadInput,
  ): Promise<StartedConfidentialThread> {
    return this.threads.start(holderOf(ctx), input);
  }

  @Mutation(() => ConfidentialThreadView)
  replyToConfidentialThread(
    @Context() ctx: GraphQLContext,
    @Args('input') input: ReplyToConfidentialThreadInput,
  ): Promise<ConfidentialThreadView> {
    return this.threads.reply(holderOf(ctx), input);
  }

  @Mutation(() => ConfidentialThreadView, { description: 'A reply to an anonymous thread, by its receipt.' })
  replyByReceipt(
    @Context() ctx: GraphQLContext,
    @Args('input') input: ReplyByReceiptInput,
  ): Promise<ConfidentialThreadView> {
    return this.threads.replyByReceipt(input, addressOf(ctx));
  }

  @Mutation(() => ConfidentialThreadView)
  setConfidentialThreadStatus(
    @Context() ctx: GraphQLContext,
    @Args('input') input: SetConfidentialThreadStatusInput,
  ): Promise<ConfidentialThreadView> {
    return this.threads.setStatus(holderOf(ctx), input);
  }

  @Mutation(() => ConfidentialThreadView)
  addConfidentialNote(
    @Context() ctx: GraphQLContext,
    @Args('input') input: AddConfidentialNoteInput,
  ): Promise<ConfidentialThreadView> {
    return this.threads.addNote(holderOf(ctx), input);
  }

  @Mutation(() => ConfidentialThreadView)
  setConfidentialRetention(
    @Context() ctx: GraphQLContext,
    @Args('input') input: SetConfidentialRetentionInput,
  ): Promise<ConfidentialThreadView> {
    return this.threads.setRetention(holderOf(ctx), input);
  }

  @Mutation(() => Boolean, { description: 'The writer deletes their own thread.' })
  deleteConfidentialThread(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<boolean> {
    return this.threads.delete(actor, id);
  }

  @Mutation(() => Int, { description: 'Seals the threads you hold, and they may read, to another confidant.' })
  grantConfidentialAccess(
    @Context() ctx: GraphQLContext,
    @Args('confidantId', { type: () => ID }, uuid) confidantId: string,
  ): Promise<number> {
    return this.threads.grant(holderOf(ctx), confidantId);
  }

  @Mutation(() => String, { description: 'A new recovery key for your confidential keys. Shown once.' })
  createConfidentialRecoveryKey(@Context() ctx: GraphQLContext): Promise<string> {
    return this.keys.createRecoveryKey(holderOf(ctx));
  }

  @Mutation(() => Int, {
    description: 'After a password reset: the threads of your old keys, back with the recovery key.',
  })
  recoverConfidentialKeys(@Context() ctx: GraphQLContext, @Args('recoveryKey') recoveryKey: string): Promise<number> {
    return this.keys.recover(holderOf(ctx), recoveryKey.slice(0, 200));
  }
}
