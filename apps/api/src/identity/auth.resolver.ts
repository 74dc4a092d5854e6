import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import { AppConfig } from '@imh/config';
import {
  AuthService,
  ChangePasswordInput,
  DeferredWork,
  InvitationService,
  Locale,
  LoginInput,
  RequestPasswordResetInput,
  RESET_EMAILS_PER_RECIPIENT,
  RESET_REQUESTS_PER_ADDRESS,
  SetPasswordInput,
  User,
  UserService,
} from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DEVICE_COOKIE, SESSION_COOKIE, type GraphQLContext } from '../auth/request-context';
import { clearSessionCookie, setDeviceCookie, setSessionCookie } from '../auth/session-cookie';
import { LoginPayload } from './identity.types';

/** The client's address as Express sees it: behind a proxy only with TRUST_PROXY_HOPS set (README, deploying). */
const clientAddress = (ctx: GraphQLContext) => ctx.req.ip ?? 'unknown';

/** Signing in and out, and the links from invitation and reset e-mails. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly users: UserService,
    private readonly config: AppConfig,
    private readonly deferred: DeferredWork,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@CurrentActor() actor: Actor | null): Promise<User | null> {
    return actor ? this.users.findById(actor.userId) : null;
  }

  @Mutation(() => LoginPayload)
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<LoginPayload> {
    const { user, sessionToken, deviceToken } = await this.auth.login(input, {
      address: clientAddress(ctx),
      userAgent: ctx.req.get('user-agent'),
      deviceToken: ctx.req.cookies?.[DEVICE_COOKIE],
    });
    setSessionCookie(ctx.res, this.config, sessionToken);
    setDeviceCookie(ctx.res, this.config, deviceToken);
    return { user };
  }

  @Mutation(() => Boolean)
  async logout(@CurrentActor() actor: Actor | null, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.logout(actor?.sessionId);
    clearSessionCookie(ctx.res, this.config);
    return true;
  }

  @Mutation(() => LoginPayload, { description: 'Sets the password from an invitation link and signs in.' })
  async acceptInvitation(
    @Args('input') input: SetPasswordInput,
    @Context() ctx: GraphQLContext,
  ): Promise<LoginPayload> {
    const { user, sessionToken } = await this.invitations.acceptInvitation(input, ctx.req.get('user-agent'));
    await this.signedInByLink(ctx, user, sessionToken);
    return { user };
  }

  @Mutation(() => Boolean, {
    description:
      'Always true: the answer does not reveal whether the address has an account. The link is sent after ' +
      `answering, at most ${RESET_EMAILS_PER_RECIPIENT} an hour per recipient. RATE_LIMITED past ` +
      `${RESET_REQUESTS_PER_ADDRESS} requests an hour from one client address.`,
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.invitations.acceptResetRequest(clientAddress(ctx));
    // The lookup and the e-mail request (an outbox fact) happen once the answer is out: its timing is the same for every address.
    this.deferred.afterResponse(
      ctx.res,
      'password reset request',
      () => this.invitations.sendPasswordReset(input.email),
      [input.email],
    );
    return true;
  }

  @Mutation(() => LoginPayload, { description: 'Sets a new password from a reset link; other sessions end.' })
  async resetPassword(@Args('input') input: SetPasswordInput, @Context() ctx: GraphQLContext): Promise<LoginPayload> {
    const { user, sessionToken } = await this.invitations.resetPassword(input, ctx.req.get('user-agent'));
    await this.signedInByLink(ctx, user, sessionToken);
    return { user };
  }

  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end.' })
  async changePassword(
    @CurrentActor() actor: Actor | null,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(actor, ctx.req.cookies?.[SESSION_COOKIE] as string | undefined, input, {
      address: ctx.req.ip ?? 'unknown',
      userAgent: ctx.req.get('user-agent'),
    });
    return true;
  }

  private async signedInByLink(ctx: GraphQLContext, user: User, sessionToken: string) {
    setSessionCookie(ctx.res, this.config, sessionToken);
    const deviceToken = await this.auth.signedInByLink(user.email, ctx.req.cookies?.[DEVICE_COOKIE]);
    setDeviceCookie(ctx.res, this.config, deviceToken);
  }

  @Mutation(() => User)
  async setMyLocale(
    @CurrentActor() actor: Actor | null,
    @Args('locale', { type: () => Locale }) locale: Locale,
  ): Promise<User> {
    return this.users.setLocale(actor, locale);
  }
}
