import type { Response } from 'express';
import { AppConfig } from '@imh/config';
import { KNOWN_DEVICE_DAYS } from '@imh/identity';
import { DEVICE_COOKIE, SESSION_COOKIE } from './request-context';

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

/** The known-device token: httpOnly like the session, kept as long as Redis remembers the device. */
export function setDeviceCookie(res: Response, config: AppConfig, token: string) {
  res.cookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.COOKIE_SECURE,
    path: '/',
    maxAge: KNOWN_DEVICE_DAYS * 24 * 3600_000,
  });
}
