import { createHash } from 'node:crypto';
import type { CapturedMail } from '../../support/smtp-sink';

/** The link token from an invitation or reset e-mail's text (`…/set-password?token=…`). */
export function linkToken(mail: CapturedMail, path: '/set-password' | '/reset-password'): string {
  const match = mail.text.match(new RegExp(`https?://\\S+${path}\\?token=([A-Za-z0-9_%-]+)`));
  if (!match) throw new Error(`No ${path} link in e-mail "${mail.subject}":\n${mail.text}`);
  return decodeURIComponent(match[1]);
}

/** What the database stores in place of a link token. */
export const sha256 = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
