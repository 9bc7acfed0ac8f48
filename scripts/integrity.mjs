// Subresource Integrity hashes of the two bundles, written next to them as dist/integrity.json:
//   { "upr-widgets.js": "sha384-…", "upr-widgets.iife.js": "sha384-…" }
// A site that loads its own (or a CDN's) copy puts the hash in the script tag's `integrity`
// attribute, so a copy that differs by a single byte is refused by the browser.
// The demo's builder (demo/builder.html) reads this file to write that tag.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = ['upr-widgets.js', 'upr-widgets.iife.js'];

const hashes = {};
for (const file of files) {
  const digest = createHash('sha384').update(readFileSync(dist + file)).digest('base64');
  hashes[file] = `sha384-${digest}`;
}
writeFileSync(`${dist}integrity.json`, `${JSON.stringify(hashes, null, 2)}\n`);
