import type { Response } from 'express';
import { AppConfig } from '@imh/config';
import { SESSION_COOKIE } from './request-context';

/** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot post with it. */
export function setSessionCookie(res: Response, config: AppConfig, token: string) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.COOKIE_SECURE,
    path: '/',
    maxAge: config.SESSION_IDLE_HOURS * 3600_000 * 14,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/' });
}
