#!/usr/bin/env node
// The portal's initial JavaScript: what index.html loads before the first page can render (its
// module script and the chunks it preloads), gzipped. Lazily loaded route chunks do not count.
//   node tools/portal-size.mjs [build-dir]     prints the figure; exits 1 over the budget
// Used by `npm test` (the bundle step) and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib.mjs';

/** The budget from the performance issue, in kB (1,000 bytes) gzipped. */
export const INITIAL_JS_BUDGET_KB = 170;

/** Sizes of the JavaScript index.html in `dir` loads up front, gzipped (level 9, as servers do). */
export function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set();
  for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(src);
  for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(href);
  const chunks = [...files].map((file) => {
    const bytes = readFileSync(join(dir, file.replace(/^\//, '')));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const gzipKb = chunks.reduce((sum, c) => sum + c.gzip, 0) / 1000;
  return { chunks, gzipKb };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(ROOT, 'dist', 'apps', 'portal');
  const { chunks, gzipKb } = initialJs(dir);
  for (const c of chunks)
    console.log(`  ${c.file}  ${(c.raw / 1000).toFixed(1)} kB, ${(c.gzip / 1000).toFixed(1)} kB gzip`);
  const ok = gzipKb <= INITIAL_JS_BUDGET_KB;
  console.log(
    `portal initial JS: ${gzipKb.toFixed(1)} kB gzip (budget ${INITIAL_JS_BUDGET_KB} kB) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  process.exit(ok ? 0 : 1);
}
