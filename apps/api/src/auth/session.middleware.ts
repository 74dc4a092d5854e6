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
      req.actor = await this.sessions.resolveActor(req.cookies?.[SESSION_COOKIE]);
      next();
    } catch (error) {
      next(error);
    }
  }
}
