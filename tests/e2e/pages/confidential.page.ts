import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** What every page of the confidential channel shows of a conversation. */
export class ConversationView {
  readonly heading: Locator;
  readonly messages: Locator;
  readonly reply: Locator;
  readonly send: Locator;
  readonly attachments: Locator;
  readonly fileInput: Locator;
  readonly sendFile: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.messages = page.getByTestId('confidential-message');
    this.reply = page.getByLabel('Je antwoord');
    this.send = page.getByRole('button', { name: 'Antwoord versturen' });
    this.attachments = page.getByTestId('confidential-attachments');
    this.fileInput = page.getByLabel('Bestand toevoegen');
    this.sendFile = page.getByRole('button', { name: 'Bestand versturen' });
  }

  /** Chooses a file and sends it; the caller checks what the page says. */
  async chooseAndSend(name: string, content: string, mimeType = 'text/plain') {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
    await this.sendFile.click();
  }

  async attach(name: string, content: string) {
    await this.chooseAndSend(name, content);
    await expect(this.page.getByRole('status').filter({ hasText: 'Het bestand is toegevoegd.' })).toBeVisible();
    await expect(this.attachments.getByRole('link', { name })).toBeVisible();
  }

  /**
   * Downloads an attachment by its link (signed in) or its button (by receipt, which the page
   * posts); returns what the browser saved, as text.
   */
  async download(name: string): Promise<{ fileName: string; text: string }> {
    const control = this.attachments.getByRole('link', { name }).or(this.attachments.getByRole('button', { name }));
    const [download] = await Promise.all([this.page.waitForEvent('download'), control.click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** The attachment's id, from its download link. */
  async attachmentId(name: string): Promise<string> {
    const href = (await this.attachments.getByRole('link', { name }).getAttribute('href')) ?? '';
    return href.split('/').at(-1)!;
  }

  async answer(text: string) {
    await this.reply.fill(text);
    await this.send.click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Je antwoord is verstuurd.' })).toBeVisible();
    await expect(this.messages.last()).toContainText(text);
  }
}

/** /confidant — the writer's page (students and docents), and its form. */
export class WriterPage extends ConversationView {
  constructor(page: Page) {
    super(page);
  }

  async goto() {
    await this.page.goto('/confidant');
    await expect(this.heading).toHaveText('Vertrouwenspersoon');
  }

  /** Writes from /confidant; named threads land on their page, anonymous ones show the receipt. */
  async write({ subject, body, anonymous = false }: { subject: string; body: string; anonymous?: boolean }) {
    await this.page.getByRole('link', { name: 'Nieuw bericht schrijven' }).click();
    await expect(this.heading).toHaveText('Nieuw bericht aan de vertrouwenspersoon');
    await this.page.getByLabel('Onderwerp').fill(subject);
    await this.page.getByLabel('Je bericht').fill(body);
    await this.page.getByLabel('Anoniem versturen').setChecked(anonymous);
    await this.page.getByRole('button', { name: 'Versturen' }).click();
  }

  /** The receipt shown once after an anonymous message, as its 16 digits. */
  async receipt(): Promise<string> {
    await expect(this.heading).toHaveText('Je anonieme bericht is verstuurd');
    const text = (await this.page.getByTestId('confidential-secret').textContent()) ?? '';
    const digits = text.replace(/\D/g, '');
    expect(digits).toHaveLength(16);
    return digits;
  }
}

/** /vertrouwelijk/bon — an anonymous thread by its receipt, signed out. */
export class ReceiptPage extends ConversationView {
  constructor(page: Page) {
    super(page);
  }

  async open(receipt: string) {
    await this.page.goto('/vertrouwelijk/bon');
    await expect(this.heading).toHaveText('Gesprek openen met je bonnummer');
    await this.page.getByLabel('Bonnummer').fill(receipt);
    await this.page.getByRole('button', { name: 'Gesprek openen' }).click();
  }
}

/** /confidential — the confidant's workspace. */
export class WorkspacePage extends ConversationView {
  readonly inbox: Locator;

  constructor(page: Page) {
    super(page);
    this.inbox = page.getByRole('table', { name: /Berichten, ongelezen eerst/ });
  }

  async goto() {
    await this.page.goto('/confidential');
    await expect(this.heading).toHaveText('Vertrouwelijke berichten');
  }
}
