// `npm run test:e2e`: the journeys in Debian's Chromium against a real stack (see support/global-setup.ts).
import { join } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { PORTAL_PORT, PORTAL_URL, ROOT } from './support/env';

// `npm test` asks for a JSON report through PLAYWRIGHT_JSON_OUTPUT_NAME to count the results.
const AUTHORING = /(catalogue|assignments)-authoring\.e2e\.ts$/;
const reporter: ReporterDescription[] = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']];

export default defineConfig({
  testDir: '.',
  outputDir: join(ROOT, 'test-results', `e2e-${PORTAL_PORT}`),
  globalSetup: './support/global-setup.ts',
  // Two cores: one browser per core; tests inside a file run in order, files in parallel.
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter,
  use: {
    baseURL: PORTAL_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'journeys', testMatch: /\.e2e\.ts$/, testIgnore: AUTHORING, dependencies: ['setup'] },
    // Authoring adds published modules and assignments to the demo core, which would make its
    // graduate ineligible mid-journey: these run after every other journey.
    { name: 'authoring', testMatch: AUTHORING, dependencies: ['journeys'] },
  ],
});
