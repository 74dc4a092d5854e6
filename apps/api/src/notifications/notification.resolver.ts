import { Args, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import { PageInput } from '@imh/identity';
import {
  EmailMode,
  NotificationKind,
  NotificationSettingsView,
  NotificationsService,
  NotificationView,
} from '@imh/notifications';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Paginated } from '../graphql/paginated';
import { uuid } from '../graphql/uuid.pipe';

@ObjectType()
export class NotificationPage extends Paginated(NotificationView) {}

/** The bell, the list and one's e-mail choices. Thin: every rule is the context's. */
@Resolver()
export class NotificationResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationPage, { description: 'Your notifications, newest first.' })
  myNotifications(
    @CurrentActor() actor: Actor | null,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ): Promise<NotificationPage> {
    return this.notifications.list(actor, page, unreadOnly ?? false);
  }

  @Query(() => Int, { description: 'The number on the bell.' })
  unreadNotificationCount(@CurrentActor() actor: Actor | null): Promise<number> {
    return this.notifications.unreadCount(actor);
  }

  @Query(() => NotificationSettingsView)
  myNotificationSettings(@CurrentActor() actor: Actor | null): Promise<NotificationSettingsView> {
    return this.notifications.settings(actor);
  }

  @Mutation(() => NotificationView)
  markNotificationRead(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }, uuid) id: string,
  ): Promise<NotificationView> {
    return this.notifications.markRead(actor, id);
  }

  @Mutation(() => Int, { description: 'How many were unread.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor | null): Promise<number> {
    return this.notifications.markAllRead(actor);
  }

  @Mutation(() => NotificationSettingsView, {
    description: 'E-mail for one kind: at once, in the daily digest, or not at all.',
  })
  setNotificationPreference(
    @CurrentActor() actor: Actor | null,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('email', { type: () => EmailMode }) email: EmailMode,
  ): Promise<NotificationSettingsView> {
    return this.notifications.setPreference(actor, kind, email);
  }

  @Mutation(() => NotificationSettingsView)
  setDigestHour(
    @CurrentActor() actor: Actor | null,
    @Args('hour', { type: () => Int }) hour: number,
  ): Promise<NotificationSettingsView> {
    return this.notifications.setDigestHour(actor, hour);
  }

  @Mutation(() => NotificationKind, { description: 'The one-click link in an e-mail; no sign-in needed.' })
  unsubscribe(@Args('token') token: string): Promise<NotificationKind> {
    return this.notifications.unsubscribe(token.slice(0, 200));
  }
}
