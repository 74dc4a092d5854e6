import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { AssignmentService, AssignmentsModule, GradingService, SubmissionService } from '@imh/assignments';
import { CatalogueModule, CatalogueService } from '@imh/catalogue';
import { CertificationModule } from '@imh/certification';
import { CohortService, CohortsModule } from '@imh/cohorts';
import { ConfidentialModule } from '@imh/confidential';
import { AppConfig, ConfigModule } from '@imh/config';
import { DatabaseModule } from '@imh/database';
import { IdentityModule, UserService } from '@imh/identity';
import { NotificationsModule } from '@imh/notifications';
import { QueueModule } from '@imh/queue';
import type { AuthenticatedRequest, GraphQLContext } from './auth/request-context';
import { SessionMiddleware } from './auth/session.middleware';
import { ConfidentialAttachmentsController } from './confidential/confidential-attachments.controller';
import { CertificationController } from './certification/certification.controller';
import { FilesController } from './files/files.controller';
import { formatError } from './graphql/format-error';
import { PassthroughExceptionFilter } from './graphql/passthrough.filter';
import { createLoaders } from './graphql/loaders';
import {
  depthLimitRule,
  introspectionShapeRule,
  MAX_QUERY_TOKENS,
  queryCostPlugin,
} from './graphql/query-limits.plugin';
import { validationPipe } from './graphql/validation.pipe';
import { HealthController } from './health/health.controller';
import { RESOLVERS } from './resolvers';

let schemaRef: GraphQLSchema | undefined;

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    QueueModule,
    IdentityModule,
    CatalogueModule,
    CohortsModule,
    AssignmentsModule,
    ConfidentialModule,
    NotificationsModule,
    CertificationModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule, CatalogueModule, CohortsModule, AssignmentsModule],
      inject: [
        AppConfig,
        UserService,
        CatalogueService,
        CohortService,
        AssignmentService,
        SubmissionService,
        GradingService,
      ],
      useFactory: (
        config: AppConfig,
        users: UserService,
        catalogue: CatalogueService,
        cohorts: CohortService,
        assignments: AssignmentService,
        submissions: SubmissionService,
        grading: GradingService,
      ) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        // Apollo's CSRF rule: a request must be preflighted (JSON) or carry a custom header.
        csrfPrevention: true,
        introspection: config.NODE_ENV !== 'production',
        playground: false,
        includeStacktraceInErrorResponses: false,
        formatError,
        parseOptions: { maxTokens: MAX_QUERY_TOKENS },
        validationRules: [depthLimitRule, introspectionShapeRule],
        // No type carries cache hints and no answer is cacheable (each depends on who asks): Apollo's
        // default cache-control plugin would only wrap every field's resolver to compute a policy of 0.
        plugins: [queryCostPlugin(() => schemaRef!), ApolloServerPluginCacheControlDisabled()],
        transformSchema: (schema: GraphQLSchema) => (schemaRef = schema),
        context: ({ req, res }: { req: AuthenticatedRequest; res: GraphQLContext['res'] }): GraphQLContext => ({
          req,
          res,
          actor: req.actor ?? null,
          loaders: createLoaders(users, catalogue, req.actor ?? null, cohorts, { assignments, submissions, grading }),
        }),
      }),
    }),
  ],
  controllers: [HealthController, FilesController, ConfidentialAttachmentsController, CertificationController],
  providers: [
    { provide: APP_PIPE, useValue: validationPipe },
    { provide: APP_FILTER, useClass: PassthroughExceptionFilter },
    ...RESOLVERS,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer
      .apply(SessionMiddleware)
      .forRoutes('graphql', FilesController, ConfidentialAttachmentsController, CertificationController);
  }
}
