import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@imh/config';
import { MailerService } from './mailer.service';

/** A local SMTP server counting the connections opened to it and the e-mails received. */
let server: SMTPServer;
let port = 0;
let connections = 0;
const received: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onConnect: (_session, callback) => {
      connections++;
      callback();
    },
    onData: (stream, _session, callback) => {
      let head = '';
      stream.on('data', (chunk: Buffer) => (head += chunk.toString('latin1')));
      stream.on('end', () => {
        received.push(/^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '');
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the mailer', () => {
  it('reuses a pool of SMTP_POOL_CONNECTIONS connections rather than one per e-mail', async () => {
    const config = loadConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_POOL_CONNECTIONS: '3' });
    const mailer = new MailerService(config);
    try {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          mailer.send(`s${i}@example.org`, { subject: 'Onderwerp', text: 'Tekst', html: '<p>Tekst</p>' }, `k/${i}`),
        ),
      );
    } finally {
      mailer.close();
    }
    expect(received).toHaveLength(30);
    expect(new Set(received).size).toBe(30);
    expect(received).toContain('<k/7@imh-academy>');
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(3);
  });
});
