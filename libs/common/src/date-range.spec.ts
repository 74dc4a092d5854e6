import 'reflect-metadata';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { IsDateInRange, isDateInRange } from './date-range';

class Deadline {
  @IsDateInRange()
  at?: Date | string | null | number;
}

async function messages(value: Deadline['at']): Promise<string[]> {
  const input = Object.assign(new Deadline(), { at: value });
  return (await validate(input)).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe(IsDateInRange.name, () => {
  it('accepts instants and calendar days from the first day of 2000 to the last day of 2100', async () => {
    for (const ok of [
      new Date('2000-01-01T00:00:00.000Z'),
      new Date('2027-03-01T08:30:00+01:00'),
      new Date('2100-12-31T23:59:59.999Z'),
      '2000-01-01',
      '2100-12-31',
    ]) {
      expect(await messages(ok), String(ok)).toEqual([]);
    }
  });

  it('refuses what Postgres cannot store or no course needs, with one message', async () => {
    for (const bad of [
      new Date('-271821-04-20T00:00:00.000Z'),
      new Date('+275760-09-13T00:00:00.000Z'),
      new Date('1999-12-31T23:59:59.999Z'),
      new Date('2101-01-01T00:00:00.000Z'),
      new Date(Number.NaN),
      '1999-12-31',
      '2101-01-01',
      '0000-01-01',
    ]) {
      expect(await messages(bad), String(bad)).toEqual(['Enter a date between 2000 and 2100.']);
    }
  });

  it('leaves missing values and other types to the validators that check them', async () => {
    for (const other of [undefined, null, 12, 'next week']) expect(await messages(other)).toEqual([]);
    expect(isDateInRange('2027-3-1')).toBe(false);
  });
});
