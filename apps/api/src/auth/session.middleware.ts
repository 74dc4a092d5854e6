import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { SessionService } from '@imh/identity';
import { AuthenticatedRequest, SESSION_COOKIE } from './request-context';

/** Resolves the session cookie into an actor before GraphQL runs; a bad cookie means signed out. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction) {
    try {
      const resolved = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      req.actor = resolved
        ? { userId: resolved.user.id, roles: resolved.user.roles, sessionId: resolved.session.id }
        : null;
      next();
    } catch (error) {
      next(error);
    }
  }
}
