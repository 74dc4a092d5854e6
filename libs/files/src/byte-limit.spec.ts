import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ByteLimit, readHead } from './byte-limit';
import { FileTooLargeError } from './file-storage';

const sink = () =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });

describe(ByteLimit.name, () => {
  it('passes a stream within the limit and counts its bytes', async () => {
    const limit = new ByteLimit(10);
    await pipeline(Readable.from([Buffer.from('12345'), Buffer.from('67890')]), limit, sink());
    expect(limit.bytes).toBe(10);
  });

  it('fails as soon as the stream passes the limit, without reading the rest', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(pipeline(endless, new ByteLimit(4096), sink())).rejects.toBeInstanceOf(FileTooLargeError);
    expect(produced).toBeLessThan(64);
  });
});

describe('readHead', () => {
  it('returns the first bytes and replays the whole stream', async () => {
    const source = Readable.from([Buffer.from('ab'), Buffer.from('cdef'), Buffer.from('gh')]);
    const { head, rest } = await readHead(source, 3);
    expect(head.toString()).toBe('abc');
    const chunks: Buffer[] = [];
    for await (const chunk of rest) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('abcdefgh');
  });

  it('copes with a stream shorter than asked', async () => {
    const { head, rest } = await readHead(Readable.from([Buffer.from('a')]), 10);
    expect(head.toString()).toBe('a');
    const chunks: Buffer[] = [];
    for await (const chunk of rest) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('a');
  });
});
