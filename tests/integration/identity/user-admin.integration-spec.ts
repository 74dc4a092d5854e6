import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { UserStatus } from '@imh/identity';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import {
  createAdmin,
  createDiscipline,
  createOrganisation,
  createUser,
  uniqueId,
  type CreatedUser,
} from '../support/factories';
import { REACTIVATE_USER, SET_USER_ROLES, USERS } from '../support/operations';
import { startTestApp, type GqlClient, type GqlResult, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: CreatedUser;
let adminClient: GqlClient;
let docentClient: GqlClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin();
  adminClient = app.client();
  await adminClient.login(admin.email, admin.password);
  const docent = await createUser({ roles: [Role.DOCENT] });
  docentClient = app.client();
  await docentClient.login(docent.email, docent.password);
});
afterAll(async () => {
  await app?.close();
});

const rolesOf = async (userId: string) =>
  (await sql<{ roles: string }>('SELECT roles::text FROM "user" WHERE id = $1', [userId]))[0].roles;
const auditCount = (subjectId: string) =>
  countRows('SELECT count(*) FROM audit_event WHERE subject_id = $1', [subjectId]);

describe('setUserRoles', () => {
  it('an admin changes roles, and the change is audited with before and after', async () => {
    const { user } = await createUser({ roles: [Role.STUDENT] });

    const res = await adminClient.gql(SET_USER_ROLES, {
      input: { userId: user.id, roles: [Role.DOCENT, Role.CONFIDANT] },
    });

    expect(res.errors).toBeUndefined();
    expect(res.data!.setUserRoles).toEqual({ id: user.id, roles: [Role.CONFIDANT, Role.DOCENT] });
    expect(await rolesOf(user.id)).toBe('{CONFIDANT,DOCENT}');
    const audit = await sql('SELECT actor_id, action, subject_type, data FROM audit_event WHERE subject_id = $1', [
      user.id,
    ]);
    expect(audit).toEqual([
      {
        actor_id: admin.user.id,
        action: 'user.roles_changed',
        subject_type: 'user',
        data: { before: [Role.STUDENT], after: [Role.CONFIDANT, Role.DOCENT] },
      },
    ]);
  });

  it('a new role applies to the user’s current session at once', async () => {
    const target = await createUser({ roles: [Role.STUDENT] });
    const client = app.client();
    await client.login(target.email, target.password);
    expectError(await client.gql(USERS), 'FORBIDDEN');

    await adminClient.gql(SET_USER_ROLES, { input: { userId: target.user.id, roles: [Role.ADMIN] } });

    const res = await client.gql(USERS, { page: { limit: 1 } });
    expect(res.errors).toBeUndefined();
  });

  it('a docent is FORBIDDEN and a signed-out caller UNAUTHENTICATED; nothing changes', async () => {
    const { user } = await createUser({ roles: [Role.STUDENT] });
    const input = { userId: user.id, roles: [Role.ADMIN] };

    expectError(await docentClient.gql(SET_USER_ROLES, { input }), 'FORBIDDEN');
    expectError(await app.client().gql(SET_USER_ROLES, { input }), 'UNAUTHENTICATED');

    expect(await rolesOf(user.id)).toBe('{STUDENT}');
    expect(await auditCount(user.id)).toBe(0);
  });

  it('an admin cannot remove their own admin role', async () => {
    const self = await createAdmin();
    const client = app.client();
    await client.login(self.email, self.password);

    const res = await client.gql(SET_USER_ROLES, { input: { userId: self.user.id, roles: [Role.DOCENT] } });

    const error = expectError(res, 'BAD_USER_INPUT', 'SELF_DEMOTION');
    expect(error.extensions?.fields).toEqual({ roles: 'self' });
    expect(await rolesOf(self.user.id)).toBe('{ADMIN}');
    expect(await auditCount(self.user.id)).toBe(0);
    // Adding a role while keeping ADMIN is fine.
    const keep = await client.gql(SET_USER_ROLES, {
      input: { userId: self.user.id, roles: [Role.ADMIN, Role.DOCENT] },
    });
    expect(keep.errors).toBeUndefined();
  });

  it('an unknown user is NOT_FOUND, an unknown role or duplicate is BAD_USER_INPUT', async () => {
    const { user } = await createUser();
    const missing = await adminClient.gql(SET_USER_ROLES, {
      input: { userId: '00000000-0000-4000-8000-000000000000', roles: [Role.DOCENT] },
    });
    expectError(missing, 'NOT_FOUND');
    expectError(
      await adminClient.gql(SET_USER_ROLES, { input: { userId: user.id, roles: ['KING'] } }),
      'BAD_USER_INPUT',
    );
    const duplicate = await adminClient.gql(SET_USER_ROLES, {
      input: { userId: user.id, roles: [Role.DOCENT, Role.DOCENT] },
    });
    expect(expectError(duplicate, 'BAD_USER_INPUT').extensions?.fields).toHaveProperty('roles');
    expect(await rolesOf(user.id)).toBe('{STUDENT}');
    expect(await auditCount(user.id)).toBe(0);
  });
});

describe('reactivateUser', () => {
  it('brings a deactivated user back, audited; they can sign in again', async () => {
    const target = await createUser({ status: UserStatus.DEACTIVATED });

    const res = await adminClient.gql(REACTIVATE_USER, { userId: target.user.id });

    expect(res.data!.reactivateUser).toEqual({ id: target.user.id, status: 'ACTIVE' });
    expect(await sql('SELECT action, actor_id FROM audit_event WHERE subject_id = $1', [target.user.id])).toEqual([
      { action: 'user.reactivated', actor_id: admin.user.id },
    ]);
    expect((await app.client().login(target.email, target.password)).id).toBe(target.user.id);
  });
});

describe('users list', () => {
  /** Five people whose names share a tag, so the filters see only them in the shared database. */
  async function team() {
    const tag = uniqueId('team');
    const make = (name: string, roles: Role[]) => createUser({ name: `${tag} ${name}`, roles });
    const members = [
      await make('Anouk', [Role.DOCENT]),
      await make('Bram', [Role.STUDENT]),
      await make('Carla', [Role.DOCENT, Role.CONFIDANT]),
      await make('Daan', [Role.STUDENT]),
      await make('Eva', [Role.DOCENT]),
    ];
    return { tag, members };
  }
  const names = (res: GqlResult) => res.data!.users.items.map((u: { name: string }) => u.name.split(' ')[1]);

  it('is paginated by offset and limit, ordered by name, with the total count', async () => {
    const { tag } = await team();

    const first = await adminClient.gql(USERS, { filter: { search: tag }, page: { offset: 0, limit: 2 } });
    const last = await adminClient.gql(USERS, { filter: { search: tag }, page: { offset: 4, limit: 2 } });
    const beyond = await adminClient.gql(USERS, { filter: { search: tag }, page: { offset: 10, limit: 2 } });

    expect(first.errors).toBeUndefined();
    expect(first.data!.users).toMatchObject({ totalCount: 5, offset: 0, limit: 2 });
    expect(names(first)).toEqual(['Anouk', 'Bram']);
    expect(last.data!.users).toMatchObject({ totalCount: 5, offset: 4, limit: 2 });
    expect(names(last)).toEqual(['Eva']);
    expect(beyond.data!.users).toMatchObject({ totalCount: 5, items: [] });
  });

  it('filters by role and by search on name or e-mail, case-insensitively', async () => {
    const { tag, members } = await team();

    const docents = await adminClient.gql(USERS, { filter: { search: tag, role: Role.DOCENT } });
    const confidants = await adminClient.gql(USERS, { filter: { search: tag.toUpperCase(), role: Role.CONFIDANT } });
    const byEmail = await adminClient.gql(USERS, { filter: { search: members[3].email.toUpperCase() } });
    const wildcard = await adminClient.gql(USERS, { filter: { search: `${tag}%` } });

    expect(docents.data!.users.totalCount).toBe(3);
    expect(names(docents)).toEqual(['Anouk', 'Carla', 'Eva']);
    expect(names(confidants)).toEqual(['Carla']);
    expect(byEmail.data!.users).toMatchObject({ totalCount: 1, items: [{ id: members[3].user.id }] });
    // % and _ are matched literally, not as wildcards.
    expect(wildcard.data!.users.totalCount).toBe(0);
  });

  it('refuses a page larger than 100 or a negative offset', async () => {
    const big = await adminClient.gql(USERS, { page: { limit: 101 } });
    const negative = await adminClient.gql(USERS, { page: { offset: -1 } });
    expect(expectError(big, 'BAD_USER_INPUT').extensions?.fields).toHaveProperty('limit');
    expect(expectError(negative, 'BAD_USER_INPUT').extensions?.fields).toHaveProperty('offset');
  });

  it('is for admins only', async () => {
    const student = await createUser({ roles: [Role.STUDENT] });
    const studentClient = app.client();
    await studentClient.login(student.email, student.password);

    expectError(await docentClient.gql(USERS), 'FORBIDDEN', 'USERS_ADMIN_ONLY');
    expectError(await studentClient.gql(USERS), 'FORBIDDEN', 'USERS_ADMIN_ONLY');
    expectError(await app.client().gql(USERS), 'UNAUTHENTICATED');
  });

  it('costs the same number of SQL statements for 2 users as for 10, disciplines and organisations included', async () => {
    const listOf = async (size: number) => {
      const tag = uniqueId('n1');
      for (let i = 0; i < size; i++) {
        const [discipline, organisation] = await Promise.all([createDiscipline(), createOrganisation()]);
        await createUser({ name: `${tag} ${i}`, disciplineId: discipline.id, organisationId: organisation.id });
      }
      return app.sql.count(() => adminClient.gql(USERS, { filter: { search: tag }, page: { limit: 100 } }));
    };

    const small = await listOf(2);
    const large = await listOf(10);

    expect(small.result.errors).toBeUndefined();
    expect(large.result.data!.users.items).toHaveLength(10);
    expect(large.result.data!.users.items.every((u: { discipline: unknown }) => u.discipline)).toBe(true);
    expect(large.result.data!.users.items.every((u: { organisation: unknown }) => u.organisation)).toBe(true);
    expect(large.count).toBe(small.count);
    // Session lookup, the page with its count, one query per related type.
    expect(large.count).toBeLessThanOrEqual(5);
  });
});
