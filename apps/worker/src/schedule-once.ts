import { randomBytes } from 'node:crypto';
import type { Queue, RepeatOptions } from 'bullmq';
import type Redis from 'ioredis';

/** How long one worker may hold the right to create a scheduler; far longer than an upsert takes. */
const LOCK_MS = 15_000;

export type ScheduleOutcome = 'created' | 'unchanged' | 'another-worker';

/**
 * Creates a job scheduler once, however many workers start at the same moment: concurrent
 * `upsertJobScheduler` calls for one id are a known source of duplicate or stuck iterations in
 * BullMQ. A worker first takes a short lock in Redis (SET NX under the queue's prefix); the one
 * that gets it upserts only when the scheduler is missing or its repeat options changed, the others
 * leave it alone. Called by the worker at start-up only; the API never creates schedulers.
 */
export async function scheduleOnce(
  queue: Queue,
  id: string,
  repeat: Pick<RepeatOptions, 'every' | 'pattern' | 'tz'>,
): Promise<ScheduleOutcome> {
  // BullMQ's connection is an ioredis client; its own interface leaves out SET … NX.
  const client = (await queue.client) as unknown as Redis;
  const lock = `${queue.opts.prefix ?? 'bull'}:${queue.name}:scheduler-lock:${id}`;
  const token = randomBytes(8).toString('hex');
  if ((await client.set(lock, token, 'PX', LOCK_MS, 'NX')) !== 'OK') return 'another-worker';
  try {
    const existing = await queue.getJobScheduler(id);
    if (
      existing &&
      (existing.every ?? undefined) === repeat.every &&
      (existing.pattern ?? undefined) === repeat.pattern &&
      (existing.tz ?? undefined) === repeat.tz
    ) {
      return 'unchanged';
    }
    await queue.upsertJobScheduler(id, repeat, { name: id });
    return 'created';
  } finally {
    // Only our own lock: one that expired and was taken by another worker stays theirs.
    if ((await client.get(lock)) === token) await client.del(lock);
  }
}
