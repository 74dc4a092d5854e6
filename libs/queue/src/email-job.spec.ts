import { describe, expect, it } from 'vitest';
import { jobId } from './email-job';

describe(jobId.name, () => {
  it('joins the parts of what a job is about into a stable id', () => {
    expect(jobId('invitation', '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10')).toBe(
      'invitation__3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10',
    );
    expect(jobId('a', 'b')).toBe(jobId('a', 'b'));
  });

  it('never contains a colon, which BullMQ refuses in custom ids', () => {
    expect(jobId('reminder', 'user:1', 'at 2026-01-01T00:00:00Z')).toBe('reminder__user_1__at_2026-01-01T00_00_00Z');
  });
});
