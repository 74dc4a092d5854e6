import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { AddCohortMeetingInput, UpdateCohortMeetingInput } from './cohort-meeting.input';
import { CohortPeriodInput } from './cohort-period';
import { CommitCohortProposalInput } from './commit-cohort-proposal.input';
import { ProposeCohortsInput } from './propose-cohorts.input';

const ID = '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10';

/** Property → first message, as the API's validation pipe reports them. */
async function problems<T extends object>(cls: new () => T, plain: object): Promise<Record<string, string>> {
  const errors = await validate(plainToInstance(cls, plain), { whitelist: true, forbidUnknownValues: true });
  const flat: Record<string, string> = {};
  const walk = (list: typeof errors, prefix: string) => {
    for (const e of list) {
      const key = prefix ? `${prefix}.${e.property}` : e.property;
      const first = Object.values(e.constraints ?? {})[0];
      if (first) flat[key] = first;
      walk(e.children ?? [], key);
    }
  };
  walk(errors, '');
  return flat;
}

const meeting = {
  cohortId: ID,
  startsAt: new Date('2027-03-01T08:30:00Z'),
  endsAt: new Date('2027-03-01T12:00:00Z'),
  place: 'Utrecht',
  topic: 'Kennismaking',
};

describe(AddCohortMeetingInput.name, () => {
  it('accepts a meeting with a place, an online link, or both', async () => {
    expect(await problems(AddCohortMeetingInput, meeting)).toEqual({});
    expect(
      await problems(AddCohortMeetingInput, { ...meeting, place: null, onlineUrl: 'https://meet.example.org/x' }),
    ).toEqual({});
  });

  it('refuses an end before the start, no place nor link, a non-web link and long text', async () => {
    expect(await problems(AddCohortMeetingInput, { ...meeting, endsAt: meeting.startsAt })).toEqual({
      endsAt: 'The end must be after the start.',
    });
    expect(await problems(AddCohortMeetingInput, { ...meeting, place: '   ' })).toEqual({
      place: 'Enter a place or an online link.',
    });
    expect(await problems(AddCohortMeetingInput, { ...meeting, onlineUrl: 'javascript:alert(1)' })).toEqual({
      onlineUrl: 'Enter a link that starts with http:// or https://.',
    });
    expect(Object.keys(await problems(AddCohortMeetingInput, { ...meeting, topic: 'x'.repeat(201) }))).toEqual([
      'topic',
    ]);
  });

  it('refuses dates outside 2000–2100, which Postgres could not store or no course needs', async () => {
    const farPast = new Date('-271821-04-20T00:00:00.000Z');
    expect(await problems(AddCohortMeetingInput, { ...meeting, startsAt: farPast })).toEqual({
      startsAt: 'Enter a date between 2000 and 2100.',
    });
    expect(
      await problems(AddCohortMeetingInput, { ...meeting, endsAt: new Date('+275760-09-13T00:00:00.000Z') }),
    ).toEqual({ endsAt: 'Enter a date between 2000 and 2100.' });
    expect(
      await problems(UpdateCohortMeetingInput, { id: ID, startsAt: new Date('1999-12-31T23:00:00.000Z') }),
    ).toEqual({ startsAt: 'Enter a date between 2000 and 2100.' });
    expect(await problems(UpdateCohortMeetingInput, { id: ID, endsAt: new Date('2101-01-01T00:00:00.000Z') })).toEqual({
      endsAt: 'Enter a date between 2000 and 2100.',
    });
  });
});

describe(CohortPeriodInput.name, () => {
  it('takes calendar days, the end after the start', async () => {
    expect(await problems(CohortPeriodInput, { startsOn: '2027-03-01', endsOn: '2027-07-15' })).toEqual({});
    expect(await problems(CohortPeriodInput, { startsOn: '2027-03-01', endsOn: '2027-03-01' })).toEqual({
      endsOn: 'The period must end after it starts.',
    });
    expect(await problems(CohortPeriodInput, { startsOn: '2027-02-30', endsOn: '2027-07-15' })).toEqual({
      startsOn: 'Enter a date as YYYY-MM-DD.',
    });
    expect(await problems(CohortPeriodInput, { startsOn: '1-3-2027', endsOn: '2027-07-15T00:00:00Z' })).toEqual({
      startsOn: 'Enter a date as YYYY-MM-DD.',
      endsOn: 'Enter a date as YYYY-MM-DD.',
    });
    expect(await problems(CohortPeriodInput, { startsOn: '1999-09-01', endsOn: '2101-01-31' })).toEqual({
      startsOn: 'Enter a date between 2000 and 2100.',
      endsOn: 'Enter a date between 2000 and 2100.',
    });
  });
});

describe(CommitCohortProposalInput.name, () => {
  it('validates the groups and their meetings nested', async () => {
    const input = {
      proposalId: ID,
      status: 'PLANNED',
      period: { startsOn: '2027-03-01', endsOn: '2027-07-15' },
      groups: [{ name: '  ', docentIds: ['nope'], meetings: [{ ...meeting, cohortId: undefined, place: null }] }],
    };
    expect(Object.keys(await problems(CommitCohortProposalInput, input)).sort()).toEqual([
      'groups.0.docentIds',
      'groups.0.meetings.0.place',
    ]);
  });
});

describe(ProposeCohortsInput.name, () => {
  it('leaves bounds and constraints to the grouping, which names the problem, and checks only their shape', async () => {
    const input = { trackId: ID, mode: 'OPEN', minSize: 12, maxSize: 8, pins: [{ studentId: ID, groupIndex: -1 }] };
    expect(await problems(ProposeCohortsInput, input)).toEqual({});
    expect(Object.keys(await problems(ProposeCohortsInput, { ...input, studentIds: ['x'], seed: -1 })).sort()).toEqual([
      'seed',
      'studentIds',
    ]);
  });
});
