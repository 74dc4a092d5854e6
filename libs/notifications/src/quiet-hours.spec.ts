import { describe, expect, it } from 'vitest';
import { amsterdamTime, quietUntil } from './quiet-hours';

describe('quiet hours', () => {
  it('lets daytime e-mail go at once', () => {
    const at = new Date('2026-12-01T12:00:00Z'); // 13:00 in Amsterdam
    expect(quietUntil(at)).toEqual(at);
  });

  it('holds an e-mail due at 23:30 until 07:00 the next morning, winter and summer', () => {
    expect(quietUntil(new Date('2026-12-01T22:30:00Z')).toISOString()).toBe('2026-12-02T06:00:00.000Z');
    expect(quietUntil(new Date('2026-07-01T21:30:00Z')).toISOString()).toBe('2026-07-02T05:00:00.000Z');
  });

  it('holds an e-mail due at 03:00 until 07:00 the same morning', () => {
    expect(quietUntil(new Date('2026-12-01T02:00:00Z')).toISOString()).toBe('2026-12-01T06:00:00.000Z');
  });

  it('crosses the change to summer time and the end of a month', () => {
    // 28 March 2027 is the night the clocks go forward; 31 January → 1 February.
    expect(amsterdamTime(quietUntil(new Date('2027-03-27T22:30:00Z')))).toMatchObject({ day: 28, hour: 7 });
    expect(amsterdamTime(quietUntil(new Date('2027-01-31T22:30:00Z')))).toMatchObject({ month: 2, day: 1, hour: 7 });
  });

  it('treats 22:00 as quiet and 07:00 as not', () => {
    expect(quietUntil(new Date('2026-12-01T21:00:00Z'))).not.toEqual(new Date('2026-12-01T21:00:00Z'));
    expect(quietUntil(new Date('2026-12-01T06:00:00Z'))).toEqual(new Date('2026-12-01T06:00:00Z'));
  });
});
