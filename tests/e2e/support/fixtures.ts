import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createUser, GraphQLClient, invite, type RoleName, type TestUser } from './api';

export { expect };

interface Fixtures {
  /** Uncaught errors thrown by the portal in any browser of the test; the test fails if there are any. */
  pageErrors: string[];
  /**
   * Opens a page in another, signed-out browser (a second person). `browser.newContext()`
   * alone would inherit the test's storageState.
   */
  freshPage: () => Promise<Page>;
  /** GraphQL as the demo admin, for arranging data. */
  admin: GraphQLClient;
  /** Makes a fresh active user with a password. */
  newUser: (roles: RoleName[], locale?: 'nl' | 'en') => Promise<TestUser>;
  /** Invites a fresh user and returns the link from the invitation e-mail. */
  newInvitation: (roles: RoleName[]) => Promise<{ id: string; name: string; email: string; link: string }>;
}

const collectErrors = (context: BrowserContext, errors: string[]) =>
  context.on('weberror', (error) => errors.push(error.error().message));

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      collectErrors(context, errors);
      await use(errors);
      expect(errors, 'uncaught errors in the portal').toEqual([]);
    },
    { auto: true },
  ],
  freshPage: async ({ browser, pageErrors }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      collectErrors(context, pageErrors);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  admin: async ({ baseURL }, use) => {
    const client = await GraphQLClient.signedIn('admin', baseURL);
    await use(client);
    await client.dispose();
  },
  newUser: async ({ admin }, use) => {
    await use((roles, locale) => createUser(admin, { roles, locale }));
  },
  newInvitation: async ({ admin }, use) => {
    await use((roles) => invite(admin, { roles }));
  },
});
