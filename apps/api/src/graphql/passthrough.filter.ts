import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error from a resolver straight to Apollo, whose formatError (format-error.ts)
 * decides what the client sees and logs the unexpected ones. Without this, Nest would log
 * expected domain errors (a wrong password) as if they were crashes.
 */
@Catch()
export class PassthroughExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown) {
    return exception;
  }
}
