import { Logger } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { CohortEvents, type CohortEvent } from './cohort-events';

const event: CohortEvent = {
  type: 'cohorts.assigned',
  actorId: 'admin',
  assignments: [{ cohortId: 'c1', userId: 'u1', role: 'STUDENT' }],
};

describe(CohortEvents.name, () => {
  it('hands every event to every subscriber, in order', async () => {
    const sut = new CohortEvents();
    const seen: string[] = [];
    sut.subscribe(async (e) => void seen.push(`mail:${e.assignments[0].userId}`));
    sut.subscribe(async (e) => void seen.push(`notify:${e.assignments[0].userId}`));
    await sut.publish(event);
    expect(seen).toEqual(['mail:u1', 'notify:u1']);
  });

  it('logs a failing subscriber without failing the publisher or skipping the others', async () => {
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sut = new CohortEvents();
    const after = vi.fn(async () => undefined);
    sut.subscribe(async () => {
      throw new Error('Redis is away');
    });
    sut.subscribe(after);
    await expect(sut.publish(event)).resolves.toBeUndefined();
    expect(after).toHaveBeenCalledWith(event);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Redis is away'));
    error.mockRestore();
  });
});
