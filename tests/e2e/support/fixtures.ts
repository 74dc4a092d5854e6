// The one `test` and `expect` every journey imports (lint refuses '@playwright/test' in specs
// and page objects). Besides the data helpers, two checks run in every test automatically:
// uncaught portal errors and serious or critical axe-core violations on every page it opens.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createUser, GraphQLClient, invite, type RoleName, type TestUser } from './api';
import { AxeAudit } from './axe';
import { authFile, type DemoRole } from './env';

export { expect };

interface Fixtures {
  /** Uncaught errors thrown by the portal in any browser of the test; the test fails if there are any. */
  pageErrors: string[];
  /**
   * axe-core on every page of the test's browsers, after each navigation settles and at the
   * end; the test fails on serious or critical violations, naming rule, impact and elements.
   */
  axe: AxeAudit;
  /**
   * Opens a page in another, signed-out browser (a second person). `browser.newContext()`
   * alone would inherit the test's storageState.
   */
  freshPage: () => Promise<Page>;
  /** Opens a page in another browser signed in as a demo role (a second person at work). */
  signedInPage: (role: DemoRole) => Promise<Page>;
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
  axe: [
    async ({ context }, use, testInfo) => {
      // The checks share the CPU with the journey: their time is added to its budget, not taken from it.
      const audit = new AxeAudit((ms) => {
        if (testInfo.timeout > 0) testInfo.setTimeout(testInfo.timeout + ms);
      });
      audit.track(context);
      await use(audit);
      if (testInfo.status === testInfo.expectedStatus) await audit.checkNow(context.pages());
      await audit.finish();
      testInfo.annotations.push({ type: 'axe', description: `${audit.checks} checks in ${audit.checkMs} ms` });
      if (process.env.AXE_TIMINGS)
        console.log(`[axe] ${testInfo.title}: ${audit.checks} checks in ${audit.checkMs} ms`);
      expect(audit.report(), 'serious or critical accessibility violations: [impact] rule on page, elements').toEqual(
        [],
      );
    },
    { auto: true },
  ],
  page: async ({ page, axe }, use) => {
    axe.watch(page);
    await use(page);
  },
  freshPage: async ({ browser, pageErrors, axe }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      collectErrors(context, pageErrors);
      axe.track(context);
      contexts.push(context);
      return context.newPage();
    });
    if (testInfo.status === testInfo.expectedStatus) await axe.checkNow(contexts.flatMap((c) => c.pages()));
    await Promise.all(contexts.map((context) => context.close()));
  },
  signedInPage: async ({ browser, pageErrors, axe }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await browser.newContext({ storageState: authFile(role) });
      collectErrors(context, pageErrors);
      axe.track(context);
      contexts.push(context);
      return context.newPage();
    });
    if (testInfo.status === testInfo.expectedStatus) await axe.checkNow(contexts.flatMap((c) => c.pages()));
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
