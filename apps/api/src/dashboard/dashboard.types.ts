import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IntakeRequest } from '@imh/catalogue';
import { NotificationView } from '@imh/notifications';

/** How many of the newest unread notifications and open intake requests the dashboard lists. */
export const DASHBOARD_UNREAD_SHOWN = 5;
export const DASHBOARD_INTAKE_SHOWN = 5;

/**
 * "Overzicht": one request for the home page. Each part is there for the roles it belongs to
 * (null otherwise); every part is read through its own context's services and rules.
 */
@ObjectType({ description: 'The home page: a part per role the signed-in user holds, and their unread notifications.' })
export class Dashboard {}

@ObjectType({ description: 'Where the student continues, what is due soon, the latest feedback.' })
export class StudentDashboard {}

@ObjectType({ description: 'What waits for the docent.' })
export class DocentDashboard {}

@ObjectType({ description: 'What waits for an admin: intake requests, cohort proposals.' })
export class AdminDashboard {}

@ObjectType({ description: 'The newest unread notifications and how many are unread.' })
export class UnreadNotifications {
  @Field(() => Int, { description: 'The number on the bell.' })
  totalCount: number;

  @Field(() => [NotificationView], { description: 'At most DASHBOARD_UNREAD_SHOWN, newest first.' })
  items: NotificationView[];
}

@ObjectType({ description: 'Intake requests nobody has handled yet, newest first.' })
export class OpenIntakeRequests {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [IntakeRequest], { description: 'At most DASHBOARD_INTAKE_SHOWN.' })
  items: IntakeRequest[];
}
