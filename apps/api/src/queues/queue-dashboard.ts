import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { hasRole, Role } from '@imh/common';
import { SessionService } from '@imh/identity';
import { QueueName } from '@imh/queue';
import { SESSION_COOKIE } from '../auth/request-context';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board, for admins: every queue with its waiting, delayed and failed jobs (and why they
 * failed). It is a plain Express router, outside Nest's guards and the GraphQL session middleware,
 * so it gets its own check in front: the session cookie must belong to an admin; anything that
 * changes something must also come from our own origin.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'IMH Academy' } },
  });
  const sessions = app.get(SessionService);
  app.use(QUEUE_DASHBOARD_PATH, adminOnly(sessions), serverAdapter.getRouter());
}

export function adminOnly(sessions: SessionService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
      const resolved = await sessions.resolve(cookies?.[SESSION_COOKIE]);
      if (!resolved) {
        res.status(401).type('text/plain').send('Sign in as an admin first.');
        return;
      }
      if (!hasRole({ userId: resolved.user.id, roles: resolved.user.roles }, Role.ADMIN)) {
        res.status(403).type('text/plain').send('Only admins can see the queues.');
        return;
      }
      if (!['GET', 'HEAD'].includes(req.method) && !sameOrigin(req)) {
        res.status(403).type('text/plain').send('Cross-site request refused.');
        return;
      }
      res.setHeader('Cache-Control', 'private, no-store');
      next();
    } catch (error) {
      next(error);
    }
  };
}

function sameOrigin(req: Request): boolean {
  const origin = req.get('origin') ?? req.get('referer');
  if (!origin) return false;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}
