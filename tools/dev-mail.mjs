#!/usr/bin/env node
// A development mail catcher for `npm start`: accepts SMTP on DEV_MAIL_PORT, prints each
// message's recipient, subject and links, and saves it under .data/mail/ as .eml.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ROOT } from './lib.mjs';

const dir = join(ROOT, '.data', 'mail');
mkdirSync(dir, { recursive: true });
const port = Number(process.env.DEV_MAIL_PORT ?? 1025);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // No reverse DNS lookup of 127.0.0.1 for each connection.
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', async () => {
      const raw = Buffer.concat(chunks);
      writeFileSync(join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.eml`), raw);
      const mail = await simpleParser(raw).catch(() => null);
      const links = [...new Set(mail?.text?.match(/https?:\/\/\S+/g) ?? [])];
      const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
      console.log(`to ${to}: ${mail?.subject ?? '(no subject)'}${links.length ? `\n  ${links.join('\n  ')}` : ''}`);
      callback();
    });
  },
});
// A sender that drops its connection mid-message is reported as an 'error'; the catcher keeps running.
server.on('error', (error) => console.error(`mail catcher: ${error.message}`));
server.listen(port, '127.0.0.1', () => console.log(`Mail catcher on smtp://127.0.0.1:${port}`));
