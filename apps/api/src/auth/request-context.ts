import type { Request, Response } from 'express';
import type { Actor } from '@imh/common';
import type { Loaders } from '../graphql/loaders';

export const SESSION_COOKIE = 'imh_session';
/** Marks a browser that signed in before (libs/identity known-devices.ts); outlives sessions and logouts. */
export const DEVICE_COOKIE = 'imh_device';

export interface AuthenticatedRequest extends Request {
  actor?: Actor | null;
}

/** What every resolver gets: the actor (or null when signed out) and per-request DataLoaders. */
export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
  actor: Actor | null;
  loaders: Loaders;
}
