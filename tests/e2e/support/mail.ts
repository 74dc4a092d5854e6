import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CapturedMail } from '../../support/smtp-sink';
import { MAIL_DIR } from './env';

export interface ReceivedMail extends CapturedMail {
  receivedAt: number;
}

/** Every mail the sink has written so far, oldest first. */
export function allMails(): ReceivedMail[] {
  return readdirSync(MAIL_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(MAIL_DIR, file), 'utf8')) as ReceivedMail);
}

export function mailsTo(address: string, since = 0): ReceivedMail[] {
  return allMails().filter((mail) => mail.to.includes(address.toLowerCase()) && mail.receivedAt >= since);
}

/** The first mail to `address` received at or after `since` (the worker sends asynchronously). */
export async function waitForMail(address: string, { since = 0, timeoutMs = 15_000 } = {}): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = mailsTo(address, since)[0];
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No e-mail to ${address} within ${timeoutMs} ms`);
}

/** The portal link in a mail's text, e.g. its `/set-password?token=…` link. */
export function linkIn(mail: ReceivedMail, path: '/set-password' | '/reset-password'): string {
  const match = mail.text.match(new RegExp(`https?://\\S+${path}\\?token=[^\\s]+`));
  if (!match) throw new Error(`No ${path} link in the mail "${mail.subject}":\n${mail.text}`);
  return match[0];
}

export function tokenIn(link: string): string {
  return new URL(link).searchParams.get('token')!;
}
