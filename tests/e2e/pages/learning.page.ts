import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The student's /track: tracks with progress, their modules, and the other routes. */
export class MyLearningPage {
  readonly heading: Locator;
  readonly continueButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn leerroute' });
    this.continueButton = page.getByRole('link', { name: 'Verder waar je gebleven was' });
  }

  async goto() {
    await this.page.goto('/track');
    await expect(this.heading).toBeVisible();
  }

  track(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The bar of a track or module, named "Voortgang <title>". */
  progress(title: string): Locator {
    return this.page.getByRole('progressbar', { name: `Voortgang ${title}`, exact: true });
  }

  async progressValue(title: string): Promise<number> {
    return Number(await this.progress(title).getAttribute('aria-valuenow'));
  }

  module(trackTitle: string, moduleTitle: string): Locator {
    return this.track(trackTitle)
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: moduleTitle, exact: true }) });
  }

  /** A route the student is not in, with its enrol button or the reason it is closed. */
  offer(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'Andere leerroutes' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }
}

/** /track/modules/:id and /track/lessons/:id */
export class LessonPage {
  readonly heading: Locator;
  readonly markDone: Locator;
  readonly breadcrumbs: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.markDone = page.getByRole('button', { name: 'Markeer als afgerond' });
    this.breadcrumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  }

  lessonLink(title: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: title, exact: true });
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
