// Pinning what the loader loads (README, "Pinning the loader's files"): the page pins the loader with `integrity`,
// and every file it loads with an import map's "integrity" (dist/loader/integrity.json, which the builder writes
// into the code). Each case gives one file a hash that is not its own, as a file replaced on the server would have,
// and checks what the browser does: these are what the README says each engine enforces.
import { expect } from '@open-wc/testing';
import { openFrame, type Frame } from '../helpers/frame.js';

const FOLDER = new URL('/dist/loader/', location.href).href;
const QUOTE = 'doan-cong-huynh-balanced-approach';

let hashes: Record<string, string>;
/** The files of one quote: its widget's code, the shared code it imports, the data of the quote in Vietnamese. */
let files: { widget: string; shared: string; data: string };

async function page(pinned: Record<string, string> | undefined): Promise<Frame> {
  const map = pinned && { integrity: Object.fromEntries(Object.entries(pinned).map(([file, hash]) => [FOLDER + file, hash])) };
  const html = `<!doctype html><html lang="vi"><head>
    ${map ? `<script type="importmap">${JSON.stringify(map)}</script>` : ''}
    <script type="module" src="${FOLDER}upr-widgets.js" integrity="${hashes['upr-widgets.js']}" crossorigin="anonymous"></script>
    </head><body><upr-quote quote="${QUOTE}"><p>Fallback</p></upr-quote></body></html>`;
  return openFrame({ html }, { recorder: false, widgets: false });
}

/** What the reader sees after a while: the quote, the fallback of a widget without its data, or the editor's fallback alone. */
async function outcome({ win, doc }: Frame): Promise<'quote' | 'no data' | 'not defined'> {
  const defined = await Promise.race([win.customElements.whenDefined('upr-quote').then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 3000))]);
  if (!defined) return 'not defined';
  const element = doc.querySelector('upr-quote') as HTMLElement & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element.shadowRoot?.querySelector('[part="quote"]') ? 'quote' : 'no data';
}

/** `hashes` with one file's hash replaced by another file's: the hash of a file that is not the one served. */
const wrong = (file: string) => ({ ...hashes, [file]: hashes['upr-widgets.js'] });

describe('pinning the loader’s files with an import map', () => {
  before(async () => {
    hashes = await (await fetch(`${FOLDER}integrity.json`)).json();
    const names = Object.keys(hashes);
    const widget = names.find((name) => name.startsWith('upr-quote-'))!;
    const code = await (await fetch(FOLDER + widget)).text();
    files = {
      widget,
      shared: /from\s*"\.\/([^"]+\.js)"/.exec(code)![1],
      data: names.find((name) => name.startsWith(`data-quotes-${QUOTE}.vi-`))!,
    };
    expect(Object.values(files).every((file) => hashes[file]?.startsWith('sha384-')), JSON.stringify(files)).to.equal(true);
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('integrity.json lists every file of the folder that the loader can load, each with its sha384', async () => {
    const loader = await (await fetch(`${FOLDER}upr-widgets.js`)).text();
    const imported = [...loader.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((match) => match[1]);
    expect(imported.length).to.be.greaterThan(5);
    expect(imported.filter((file) => !hashes[file])).to.deep.equal([]);
  });

  it('renders with every hash right', async () => {
    expect(await outcome(await page(hashes))).to.equal('quote');
  });

  it('renders without the import map (nothing but the loader pinned)', async () => {
    expect(await outcome(await page(undefined))).to.equal('quote');
  });

  it('refuses a widget’s code that is not the pinned file', async () => {
    expect(await outcome(await page(wrong(files.widget)))).to.equal('not defined');
  });

  it('refuses shared code, imported by the widget’s, that is not the pinned file', async () => {
    expect(await outcome(await page(wrong(files.shared)))).to.equal('not defined');
  });

  it('refuses data that is not the pinned file: the widget shows its fallback', async () => {
    expect(await outcome(await page(wrong(files.data)))).to.equal('no data');
  });
});
