import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EmailMode, NotificationKind } from '../notification-kind';

/** A named value for the portal's sentence of a notification's kind. */
@ObjectType()
export class NotificationParam {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  value: string | null;
}

@ObjectType()
export class NotificationView {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => [NotificationParam], { description: 'What the sentence names: titles, dates (ISO).' })
  params: NotificationParam[];

  @Field({ description: 'Where it leads in the portal.' })
  link: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationPreferenceView {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => EmailMode)
  email: EmailMode;
}

@ObjectType()
export class NotificationSettingsView {
  @Field(() => [NotificationPreferenceView], { description: 'Every kind, with the e-mail choice for it.' })
  preferences: NotificationPreferenceView[];

  @Field(() => Int, { description: 'When the daily digest is sent: an hour, Europe/Amsterdam.' })
  digestHour: number;
}
