// Run with `node -r @swc-node/register tests/e2e/support/mail-sink.ts <dir>`: an SMTP server
// that lives as long as the e2e run and writes every mail it receives as a JSON file into
// <dir>, where the journeys (in other processes) read them. Prints the port when listening.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SmtpSink } from '../../support/smtp-sink';

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: mail-sink.ts <dir>');
  mkdirSync(dir, { recursive: true });
  const sink = await new SmtpSink().start();
  let written = 0;
  const flush = () => {
    for (; written < sink.messages.length; written++) {
      const mail = { ...sink.messages[written], receivedAt: Date.now() };
      const file = join(dir, `${String(Date.now())}-${String(written).padStart(4, '0')}.json`);
      // Write, then rename: readers never see a half-written file.
      writeFileSync(`${file}.tmp`, JSON.stringify(mail));
      renameSync(`${file}.tmp`, file);
    }
  };
  const timer = setInterval(flush, 25);
  const stop = () => {
    clearInterval(timer);
    flush();
    void sink.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`listening ${sink.port}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
