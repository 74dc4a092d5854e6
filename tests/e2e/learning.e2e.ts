import type { Page } from '@playwright/test';
import { LessonPage, MyLearningPage } from './pages/learning.page';
import { authFile } from './support/env';
import { expect, test } from './support/fixtures';

const CORE = 'IMH-kerncursus';
const MODULE_1 = 'De eerste 1001 dagen';
const MODULE_2 = 'Hechting en de ouder-kindrelatie';
const MODULE_3 = 'Observeren op ooghoogte van het kind';

// The demo student is part-way through the core: module 1 done, one of three lessons of module 2.
// This is the only journey that changes her progress. Other journeys may add a module to the
// core at the same time, so track totals are compared before and after, never hard-coded.
test.use({ storageState: authFile('student') });

test('the student continues the core, completes lessons and sees module and track progress move', async ({ page }) => {
  const learning = new MyLearningPage(page);
  const lesson = new LessonPage(page);
  await learning.goto();

  await expect(learning.module(CORE, MODULE_1)).toContainText('Afgerond');
  await expect(learning.module(CORE, MODULE_2)).toContainText('Bezig · 33%');
  await expect(learning.module(CORE, MODULE_2)).toContainText('1 van 3 lessen afgerond');
  await expect(learning.progress(MODULE_2)).toHaveAttribute('aria-valuenow', '33');
  // A locked module says what unlocks it, and cannot be opened.
  await expect(learning.module(CORE, MODULE_3)).toContainText('Vergrendeld');
  await expect(learning.module(CORE, MODULE_3)).toContainText(`Ontgrendeld na: ${MODULE_2}`);
  await expect(learning.module(CORE, MODULE_3).getByRole('link')).toHaveCount(0);
  const trackBefore = await learning.progressValue(CORE);
  await expect(learning.track(CORE)).toContainText(/1 van \d+ modules afgerond/);

  // "Continue where you left off" opens the second lesson of module 2.
  await learning.continueButton.click();
  await expect(lesson.heading).toHaveText('Sensitief en responsief ouderschap');
  await expect(page.getByText(`Les 2 van 3 · ${MODULE_2}`)).toBeVisible();
  await expect(page.locator('.lesson-body')).toContainText('sensitiviteit');
  await expect(page.locator('h1')).toHaveCount(1);

  // Done: straight on to the next lesson, and the module's progress has moved.
  await lesson.markDone.click();
  await expect(lesson.heading).toHaveText('Goed genoeg ouderschap');
  await expect(lesson.message('Les „Sensitief en responsief ouderschap” afgerond.')).toBeVisible();
  await lesson.breadcrumbs.getByRole('link', { name: MODULE_2 }).click();
  await expect(lesson.heading).toHaveText(MODULE_2);
  await expect(page.getByRole('progressbar', { name: `Voortgang ${MODULE_2}` })).toHaveAttribute('aria-valuenow', '66');
  await expect(page.getByText('2 van 3 lessen afgerond')).toBeVisible();

  // The last lesson completes the module.
  await lesson.lessonLink('Goed genoeg ouderschap').click();
  await lesson.markDone.click();
  await expect(lesson.heading).toHaveText(MODULE_2);
  await expect(lesson.message(`Gefeliciteerd: je hebt de module „${MODULE_2}” afgerond.`)).toBeVisible();

  // Back on the overview: module 2 done, the track further along, and module 3 open now.
  await lesson.breadcrumbs.getByRole('link', { name: 'Mijn leerroute' }).click();
  await expect(learning.heading).toBeVisible();
  await expect(learning.module(CORE, MODULE_2)).toContainText('Afgerond');
  await expect(learning.track(CORE)).toContainText(/2 van \d+ modules afgerond/);
  expect(await learning.progressValue(CORE)).toBeGreaterThan(trackBefore);
  await expect(learning.module(CORE, MODULE_3)).not.toContainText('Vergrendeld');
  await learning.module(CORE, MODULE_3).getByRole('link', { name: MODULE_3 }).click();
  await expect(lesson.heading).toHaveText(MODULE_3);
  await expect(lesson.lessonLink('Op de grond, naast ouder en kind')).toBeVisible();
});

test('a route is refused, with the reason, until the core is completed', async ({ page }) => {
  const learning = new MyLearningPage(page);
  await learning.goto();
  for (const route of ['Route IMH generalist', 'Route IMH specialist']) {
    await expect(learning.offer(route)).toContainText(
      `Je kunt met deze route beginnen zodra je ${CORE} hebt afgerond.`,
    );
    await expect(learning.offer(route).getByRole('button')).toHaveCount(0);
  }

  // The API refuses it too, whatever the page offers.
  const answer = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: {
      query: `mutation ($id: ID!) { enrollInTrack(trackId: $id) { id } }`,
      variables: { id: await routeId(page, 'GENERALIST') },
    },
  });
  const body = (await answer.json()) as { errors?: { extensions: { code: string; reason?: string } }[] };
  expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REQUIRED_TRACK_NOT_COMPLETED' });
});

async function routeId(page: Page, code: string): Promise<string> {
  const answer = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: '{ publicCatalogue { id code } }' },
  });
  const { data } = (await answer.json()) as { data: { publicCatalogue: { id: string; code: string }[] } };
  return data.publicCatalogue.find((track) => track.code === code)!.id;
}
