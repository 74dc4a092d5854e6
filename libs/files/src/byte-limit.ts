import { Readable, Transform, type TransformCallback } from 'node:stream';
import { FileTooLargeError } from './file-storage';

/** Passes bytes through and fails the pipeline as soon as more than `maxBytes` have gone by. */
export class ByteLimit extends Transform {
  bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) callback(new FileTooLargeError(this.maxBytes));
    else callback(null, chunk);
  }
}

/**
 * Reads the first `n` bytes (fewer if the stream is shorter) and returns them with a stream
 * that replays them followed by the rest, so content can be sniffed before anything is stored.
 */
export async function readHead(source: Readable, n: number): Promise<{ head: Buffer; rest: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    length += chunk.length;
  }
  const buffered = Buffer.concat(chunks);
  async function* replay() {
    if (buffered.length) yield buffered;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { head: buffered.subarray(0, n), rest: Readable.from(replay(), { objectMode: false }) };
}
