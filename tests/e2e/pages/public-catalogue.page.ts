import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** /catalogus and /aanmelden, open to signed-out visitors. */
export class PublicCataloguePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async goto() {
    await this.page.goto('/catalogus');
    await expect(this.heading).toHaveText('Opleidingsaanbod');
  }

  track(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** A field of the intake form and its error, found by label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}
