// Raw HTTP helpers for the file endpoints: FormData uploads through the client's cookie jar,
// and hand-made requests for what fetch will not send (a lying Content-Length, an endless body).
import { request } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GqlClient } from '../support/test-app';

export const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 'a'), Buffer.from('\n%%EOF\n')]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);

export async function upload(
  client: GqlClient,
  name: string,
  content: Buffer,
  options: { csrf?: boolean; purpose?: string } = {},
): Promise<{
  status: number;
  body: { id?: string; error?: { code: string; reason?: string; params?: Record<string, unknown> } };
}> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), name);
  const res = await client.fetch(`/files${options.purpose ? `?purpose=${options.purpose}` : ''}`, {
    method: 'POST',
    body: form,
    headers: options.csrf === false ? {} : { 'x-imh-csrf': '1' },
  });
  return { status: res.status, body: (await res.json()) as never };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends the request head (and whatever `write` sends) and resolves with the answer as soon
 * as it comes, without waiting for the body to be complete.
 */
export function rawRequest(
  baseUrl: string,
  head: { method: string; path: string; headers: Record<string, string> },
  write?: (chunk: (data: Buffer) => boolean) => Promise<void>,
): Promise<RawResponse> {
  const url = new URL(head.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({
      host: url.hostname,
      port: url.port,
      method: head.method,
      path: url.pathname + url.search,
      headers: head.headers,
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy();
      });
    });
    // The server may cut the connection while we are still sending; the answer is what counts.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.flushHeaders();
    if (write) {
      write((data) => req.write(data)).then(
        () => undefined,
        () => undefined,
      );
    }
  });
}

/** Every file under `dir`, recursively (temporary `.part` files included). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}
