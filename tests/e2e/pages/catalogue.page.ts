import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The admin's catalogue: /admin/catalogue and the track, module and lesson editors under it. */
export class CataloguePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async openTrack(title: string) {
    await this.page.goto('/admin/catalogue');
    await expect(this.heading).toHaveText('Catalogus');
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await expect(this.heading).toHaveText(title);
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** On a track page: "Module toevoegen", the form, then the module editor. */
  async createModule(module: { title: string; summary: string; hours: string; points: string; goals: string[] }) {
    await this.page.getByRole('link', { name: 'Module toevoegen' }).click();
    await expect(this.heading).toHaveText('Module toevoegen');
    await this.page.getByLabel('Titel').fill(module.title);
    await this.page.getByLabel('Samenvatting').fill(module.summary);
    await this.page.getByLabel('Studie-uren').fill(module.hours);
    await this.page.getByLabel('Accreditatiepunten').fill(module.points);
    await this.page.getByLabel('Leerdoelen').fill(module.goals.join('\n'));
    await this.page.getByRole('button', { name: 'Module aanmaken' }).click();
    await expect(this.heading).toHaveText(module.title);
    await expect(this.message(`${module.title} is aangemaakt.`)).toBeVisible();
  }

  /** On a module editor: "Les toevoegen", the form, then the lesson editor. */
  async createLesson(lesson: { title: string; body: string; videoUrl?: string }) {
    await this.page.getByRole('link', { name: 'Les toevoegen' }).click();
    await expect(this.heading).toHaveText('Les toevoegen');
    await this.page.getByLabel('Titel').fill(lesson.title);
    await this.page.getByLabel('Tekst (markdown)').fill(lesson.body);
    if (lesson.videoUrl) await this.page.getByLabel('Videolink (optioneel)').fill(lesson.videoUrl);
    await this.page.getByRole('button', { name: 'Les aanmaken' }).click();
    await expect(this.heading).toHaveText(lesson.title);
  }

  /** On a lesson editor: choose a file and upload it. */
  async upload(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Bestand kiezen').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Bijlage uploaden' }).click();
  }

  attachments(): Locator {
    return this.page.getByRole('region', { name: 'Bijlagen' }).getByRole('listitem');
  }

  lessonItems(): Locator {
    return this.page.getByRole('region', { name: 'Lessen' }).getByRole('listitem');
  }
}

/** /admin/catalogue/tracks/:id/enrollments/import */
export class EnrollmentImportPage {
  readonly heading: Locator;
  readonly check: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.check = page.getByRole('button', { name: 'Controleren' });
    this.rows = page.getByRole('region', { name: 'Rijen in het bestand' }).locator('tbody tr');
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^\d+ cursist(en)? importeren$/ });
  }

  row(line: number): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: String(line), exact: true }) });
  }
}
