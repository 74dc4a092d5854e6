import { Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentService, DueSoon, GradingBacklog, GradingService, Submission } from '@imh/assignments';
import { IntakeService, LearningService, NextLesson } from '@imh/catalogue';
import { CohortProposalService, OpenCohortProposals } from '@imh/cohorts';
import { type Actor, assertSignedIn, hasRole, Role } from '@imh/common';
import { NotificationsService } from '@imh/notifications';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import {
  AdminDashboard,
  Dashboard,
  DASHBOARD_INTAKE_SHOWN,
  DASHBOARD_UNREAD_SHOWN,
  DocentDashboard,
  OpenIntakeRequests,
  StudentDashboard,
  UnreadNotifications,
} from './dashboard.types';

/**
 * The home page in one request. A composition only: each part asks its context's service, which
 * applies that context's rules and access; a part is read only when the query asks for it, in a
 * fixed number of statements, so the request's SQL count does not grow with the data.
 */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => Dashboard, { description: 'The signed-in user’s home page ("Overzicht"): a part per role.' })
  myDashboard(@CurrentActor() actor: Actor | null): Dashboard {
    assertSignedIn(actor);
    return new Dashboard();
  }

  @ResolveField(() => StudentDashboard, { nullable: true, description: 'For students.' })
  student(@CurrentActor() actor: Actor | null): StudentDashboard | null {
    return hasRole(actor, Role.STUDENT) ? new StudentDashboard() : null;
  }

  @ResolveField(() => DocentDashboard, { nullable: true, description: 'For docents.' })
  docent(@CurrentActor() actor: Actor | null): DocentDashboard | null {
    return hasRole(actor, Role.DOCENT) ? new DocentDashboard() : null;
  }

  @ResolveField(() => AdminDashboard, { nullable: true, description: 'For admins.' })
  admin(@CurrentActor() actor: Actor | null): AdminDashboard | null {
    return hasRole(actor, Role.ADMIN) ? new AdminDashboard() : null;
  }

  @ResolveField(() => UnreadNotifications)
  async unreadNotifications(@CurrentActor() actor: Actor | null): Promise<UnreadNotifications> {
    const page = await this.notifications.list(actor, { limit: DASHBOARD_UNREAD_SHOWN }, true);
    return { totalCount: page.totalCount, items: page.items };
  }
}

@Resolver(() => StudentDashboard)
export class StudentDashboardResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly assignments: AssignmentService,
    private readonly grading: GradingService,
  ) {}

  @ResolveField(() => NextLesson, { nullable: true, description: 'The next lesson of the track worked in last.' })
  continueLesson(@CurrentActor() actor: Actor | null): Promise<NextLesson | null> {
    return this.learning.continueLesson(actor);
  }

  @ResolveField(() => DueSoon, {
    description: 'Own assignments due in the coming days by the effective due date, soonest first.',
  })
  async dueSoon(@CurrentActor() actor: Actor | null, @Context() ctx: GraphQLContext): Promise<DueSoon> {
    const due = await this.assignments.dueSoon(actor);
    // Read with each assignment: its `module` needs no query of its own.
    for (const { assignment } of due.items) {
      if (assignment.module) ctx.loaders.module.prime(assignment.moduleId, assignment.module);
    }
    return due;
  }

  @ResolveField(() => Submission, {
    nullable: true,
    description: 'The own attempt whose grade was released last; its `grade` holds the feedback.',
  })
  latestFeedback(@CurrentActor() actor: Actor | null): Promise<Submission | null> {
    return this.grading.latestReleasedFeedback(actor);
  }
}

@Resolver(() => DocentDashboard)
export class DocentDashboardResolver {
  constructor(private readonly grading: GradingService) {}

  @ResolveField(() => GradingBacklog, { description: 'The grading queue counted per cohort and assignment.' })
  waitingForGrading(@CurrentActor() actor: Actor | null): Promise<GradingBacklog> {
    return this.grading.backlog(actor);
  }
}

@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  constructor(
    private readonly intake: IntakeService,
    private readonly proposals: CohortProposalService,
  ) {}

  @ResolveField(() => OpenIntakeRequests)
  async openIntakeRequests(@CurrentActor() actor: Actor | null): Promise<OpenIntakeRequests> {
    const page = await this.intake.list(actor, false, { limit: DASHBOARD_INTAKE_SHOWN });
    return { totalCount: page.totalCount, items: page.items };
  }

  @ResolveField(() => OpenCohortProposals)
  openProposals(@CurrentActor() actor: Actor | null): Promise<OpenCohortProposals> {
    return this.proposals.openProposals(actor);
  }
}
