import { randomBytes } from 'node:crypto';
import { request, type APIRequestContext } from '@playwright/test';
import { authFile, PORTAL_URL, type DemoRole } from './env';
import { linkIn, tokenIn, waitForMail } from './mail';

/**
 * GraphQL over the portal's own proxy, for arranging test data quickly. The journeys
 * themselves always go through the UI.
 */
export class GraphQLClient {
  constructor(readonly context: APIRequestContext) {}

  static async signedIn(role: DemoRole, baseURL = PORTAL_URL): Promise<GraphQLClient> {
    return new GraphQLClient(await request.newContext({ baseURL, storageState: authFile(role) }));
  }

  static async anonymous(): Promise<GraphQLClient> {
    return new GraphQLClient(await request.newContext({ baseURL: PORTAL_URL }));
  }

  async run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.context.post('/graphql', {
      data: { query, variables },
      headers: { 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  dispose() {
    return this.context.dispose();
  }
}

export type RoleName = 'STUDENT' | 'DOCENT' | 'CONFIDANT' | 'ADMIN';

export interface TestUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

const FIRST = ['Fenna', 'Daan', 'Lotte', 'Sem', 'Noor', 'Bram', 'Iris', 'Jesse'];
const LAST = ['Jansen', 'de Boer', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos'];

/** A name and address no other test uses, so tests never depend on each other's data. */
export function uniquePerson(): { name: string; email: string } {
  const id = randomBytes(3).toString('hex');
  const first = FIRST[parseInt(id.slice(0, 2), 16) % FIRST.length];
  const last = LAST[parseInt(id.slice(2, 4), 16) % LAST.length];
  return { name: `${first} ${last} ${id}`, email: `e2e-${id}-${Date.now().toString(36)}@imh.test` };
}

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const ACCEPT = `mutation ($input: SetPasswordInput!) { acceptInvitation(input: $input) { user { id } } }`;

/** Invites someone as the admin and returns the invitation link from the e-mail the worker sent. */
export async function invite(
  admin: GraphQLClient,
  { roles, locale = 'nl', disciplineId }: { roles: RoleName[]; locale?: 'nl' | 'en'; disciplineId?: string },
): Promise<{ id: string; name: string; email: string; link: string }> {
  const person = uniquePerson();
  const since = Date.now();
  const { inviteUser } = await admin.run<{ inviteUser: { id: string } }>(INVITE, {
    input: { ...person, roles, locale, ...(disciplineId ? { disciplineId } : {}) },
  });
  const mail = await waitForMail(person.email, { since });
  return { id: inviteUser.id, ...person, link: linkIn(mail, '/set-password') };
}

/** An active user with a password: invited, and the invitation accepted, through the real API. */
export async function createUser(
  admin: GraphQLClient,
  options: { roles: RoleName[]; locale?: 'nl' | 'en'; disciplineId?: string },
): Promise<TestUser> {
  const invited = await invite(admin, options);
  const password = `e2e-${randomBytes(6).toString('hex')}`;
  const anonymous = await GraphQLClient.anonymous();
  try {
    await anonymous.run(ACCEPT, { input: { token: tokenIn(invited.link), password } });
  } finally {
    await anonymous.dispose();
  }
  return { id: invited.id, name: invited.name, email: invited.email, password };
}
