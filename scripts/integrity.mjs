// Subresource Integrity hashes of the two bundles, written next to them as dist/integrity.json:
//   { "upr-widgets.js": "sha384-…", "upr-widgets.iife.js": "sha384-…" }
// and of every script of the on-demand loader's folder, as dist/loader/integrity.json (the loader, and each file it
// can load: for an import map's "integrity", which the builder writes).
// A site that loads its own (or a CDN's) copy puts the hash in the script tag's `integrity`
// attribute, so a copy that differs by a single byte is refused by the browser.
// The demo's builder (demo/builder.html) reads this file to write that tag.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = ['upr-widgets.js', 'upr-widgets.iife.js'];

/** The hashes of `files` of folder `dir`, as integrity.json holds them. */
function hashesOf(dir, names) {
  return Object.fromEntries(names.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(dir + file)).digest('base64')}`]));
}

writeFileSync(`${dist}integrity.json`, `${JSON.stringify(hashesOf(dist, files), null, 2)}\n`);
const loader = `${dist}loader/`;
const loaderFiles = readdirSync(loader).filter((file) => file.endsWith('.js')).sort();
writeFileSync(`${loader}integrity.json`, `${JSON.stringify(hashesOf(loader, loaderFiles), null, 2)}\n`);
