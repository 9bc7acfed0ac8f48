import { expect } from '@open-wc/testing';
import { nextFrame, openFrame, TAGS, widgetsIn, widgetsRendered, type Frame } from '../helpers/frame.js';
import { normalize } from '../helpers/shadow.js';
import { specs } from '../helpers/specs.js';

/**
 * The gallery and the reference page, each loaded in an iframe as a reader would see it (same origin).
 *
 * Console capture: a page's scripts could log before any listener added from outside after navigation, and
 * whether an iframe's first Window survives its navigation differs between engines. So the test fetches the
 * page's HTML and loads it through `srcdoc`, with two things added at the top of <head>: a <base href> (so
 * every relative URL, including the scripts' fetches, resolves exactly as on /demo/) and the recorder of the
 * hardening pages (tests/hardening/pages/recorder.ts), a classic script that records console errors and warnings,
 * uncaught errors, failed loads and unhandled rejections. A classic script in <head> runs before any module
 * script of the page, the bundle included.
 */

type AxeWindow = Window & {
  axe: { run(context: Node): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> };
};

interface ManifestElement {
  tagName: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

const RECORDER = '<script src="/tests/hardening/pages/recorder.ts"></script>';

async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestElement[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/**
 * Loads a demo page with the recorder; resolves once its script has built the page (it sets data-rendered on
 * <html>, or shows an alert) and every widget on it has rendered.
 */
async function loadPage(path: string, width: number): Promise<Frame> {
  const html = await (await fetch(path)).text();
  const base = new URL(path, location.href).href;
  // Relative src/href made absolute too: Firefox's speculative loader ignores <base> in a srcdoc document
  // and would request them from the test page's directory (harmless 404s, but noise).
  const absolute = html.replace(/ (src|href)="(\.\.?\/[^"]*)"/g, (_, name, url) => ` ${name}="${new URL(url, base).href}"`);
  const frame = await openFrame({ html: absolute.replace(/<head>/i, `<head><base href="${base}">${RECORDER}`) }, { width, height: 800, title: path });
  const { doc } = frame;
  const deadline = Date.now() + 20000;
  while (!doc.documentElement.dataset.rendered && !doc.querySelector('[role="alert"]') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await widgetsRendered(frame);
  return frame;
}

async function axeViolations({ doc, win: frameWindow }: Frame): Promise<string[]> {
  const win = frameWindow as unknown as AxeWindow;
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load axe-core'));
      doc.head.append(script);
    });
  }
  const { violations } = await win.axe.run(doc);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Every widget rendered: a base part and no "content unavailable" notice. */
function renderFailures(root: ParentNode): string[] {
  const failures: string[] = [];
  for (const el of widgetsIn(root)) {
    const shadow = el.shadowRoot;
    if (!shadow?.querySelector('[part~="base"]')) failures.push(`${el.outerHTML}: not rendered`);
    else if (shadow.querySelector('[part~="unavailable"]')) failures.push(`${el.outerHTML}: unavailable`);
  }
  return failures;
}

async function checkAxeAtWidths(frame: Frame, widths: number[]): Promise<void> {
  for (const width of widths) {
    frame.iframe.style.width = `${width}px`;
    await nextFrame(frame.win);
    await nextFrame(frame.win);
    const violations = await axeViolations(frame);
    expect(violations, `axe at ${width}px:\n${violations.join('\n')}`).to.deep.equal([]);
  }
}

describe('demo/gallery.html', function () {
  this.timeout(120000);
  let frame: Frame;
  let doc: Document;

  before(async () => {
    frame = await loadPage('/demo/gallery.html', 1200);
    doc = frame.doc;
  });

  after(() => frame?.iframe.remove());

  it('renders every widget, none of them "unavailable"', () => {
    const widgets = Array.from(doc.querySelectorAll('.cell > *, .cell .narrow-column > *')).filter((e) => e.localName.startsWith('upr-'));
    expect(widgets.length).to.be.greaterThan(50);
    expect(renderFailures(doc)).to.deep.equal([]);
  });

  it('shows every widget of the registry in both languages and both themes, four cells per row', () => {
    const rows = Array.from(doc.querySelectorAll('.row'));
    expect(rows.length).to.be.greaterThan(10);
    for (const row of rows) {
      const cells = Array.from(row.querySelectorAll<HTMLElement>('.cell'));
      const combos = cells.map((cell) => `${cell.lang}/${cell.dataset.theme}`);
      expect(combos, row.id).to.have.members(['vi/light', 'vi/dark', 'en/light', 'en/dark']);
    }
    expect(Array.from(doc.querySelectorAll('section.widget'), (s) => s.id), 'one section per widget, in order').to.deep.equal([...TAGS]);
    for (const tag of TAGS) {
      const cells = Array.from(doc.querySelectorAll<HTMLElement>('.cell')).filter((cell) => cell.querySelector(tag));
      const combos = new Set(cells.map((cell) => `${cell.lang}/${cell.dataset.theme}`));
      expect([...combos], tag).to.have.members(['vi/light', 'vi/dark', 'en/light', 'en/dark']);
    }
  });

  it('shows every example of every spec: its title, its description, its code and its attributes in each cell', () => {
    for (const spec of specs) {
      const rows = Array.from(doc.querySelectorAll<HTMLElement>(`section#${spec.tag} .row`));
      expect(rows.map((row) => normalize(row.querySelector('h3')?.textContent)), spec.tag).to.deep.equal(spec.examples.map((e) => e.title));
      spec.examples.forEach((example, i) => {
        const row = rows[i];
        expect(normalize(row.querySelector('.row-text')?.textContent), row.id).to.equal(example.description);
        expect(row.classList.contains('row--wide'), `${row.id} is wide`).to.equal(example.width === 'wide');
        for (const cell of Array.from(row.querySelectorAll<HTMLElement>('.cell'))) {
          const widget = cell.querySelector(spec.tag)!;
          const lang = cell.lang as 'vi' | 'en';
          const expected = { ...(example.byLanguage?.[lang] ?? example.attributes), ...(cell.dataset.theme === 'dark' ? { theme: 'dark' } : {}) };
          const actual = Object.fromEntries(Array.from(widget.attributes, (a) => [a.name, a.value]));
          expect(actual, `${row.id} ${lang}/${cell.dataset.theme}`).to.deep.equal(expected);
          expect(!!widget.closest('.narrow-column'), `${row.id} in a narrow column`).to.equal(example.width === 'narrow');
          if (example.sentence) expect(widget.textContent, `${row.id}: the words inside`).to.equal(example.sentence[lang][1]);
        }
        const code = row.querySelector('pre code')!.textContent!;
        for (const [name, value] of Object.entries(example.byLanguage?.vi ?? example.attributes)) {
          expect(code, `${row.id} code`).to.contain(value === '' ? ` ${name}` : ` ${name}="${value}"`);
        }
      });
    }
  });

  it('renders dark cells dark and Vietnamese cells in Vietnamese', () => {
    for (const cell of Array.from(doc.querySelectorAll<HTMLElement>('.cell'))) {
      const widget = Array.from(cell.querySelectorAll('*')).find((e) => e.localName.startsWith('upr-'))!;
      const base = widget.shadowRoot!.querySelector('[part~="base"]')!;
      const [r, g, b] = getComputedStyle(cell).backgroundColor.match(/\d+/g)!.map(Number);
      if (cell.dataset.theme === 'dark') {
        expect(widget.getAttribute('theme'), cell.parentElement!.parentElement!.id).to.equal('dark');
        expect(base.classList.contains('theme-dark')).to.be.true;
        expect(r + g + b, 'dark cell background').to.be.lessThan(150);
      } else {
        expect(widget.hasAttribute('theme')).to.be.false;
        expect(r + g + b, 'light cell background').to.be.greaterThan(600);
      }
      if (cell.lang === 'vi') {
        expect(widget.shadowRoot!.textContent, widget.outerHTML).to.match(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
      }
    }
  });

  it('shows <upr-term> in sentences: the words inside the element, in the code as in the cells', () => {
    const rows = Array.from(doc.querySelectorAll<HTMLElement>('#upr-term .row'));
    expect(rows.length).to.be.greaterThan(1);
    for (const row of rows) {
      const code = row.querySelector('pre code')!.textContent!;
      for (const term of Array.from(row.querySelectorAll('upr-term'))) {
        const sentence = term.closest('p')!;
        expect(normalize(sentence.textContent), row.id).to.match(/\S+ \S+/);
        expect(code, row.id).to.contain(`term="${term.getAttribute('term')}">${term.textContent}</upr-term>`);
        // an empty element shows the term's name instead
        const shown = term.textContent || term.shadowRoot!.querySelector('[part~="trigger"]')!.textContent;
        expect(normalize(shown), row.id).not.to.equal('');
      }
    }
  });

  it('passes axe at 360 and 1200 px', async () => {
    await checkAxeAtWidths(frame, [360, 1200]);
  });

  it('logs no errors or warnings', () => {
    expect(frame.record.problems).to.deep.equal([]);
  });
});

describe('demo/reference.html', function () {
  this.timeout(120000);
  let frame: Frame;
  let doc: Document;
  let elements: ManifestElement[];

  before(async () => {
    elements = await manifestElements();
    frame = await loadPage('/demo/reference.html', 1200);
    doc = frame.doc;
  });

  after(() => frame?.iframe.remove());

  /** The first cells of a table of the element's section, as text. */
  function firstColumn(tag: string, table: string): string[] {
    const rows = doc.querySelectorAll(`section#${tag} [data-table="${table}"] tbody tr`);
    return Array.from(rows, (row) => row.querySelector('td')!.textContent!.trim());
  }

  it('has one section per element of custom-elements.json, listed in the contents', () => {
    expect(doc.querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
    const sections = Array.from(doc.querySelectorAll('section.element'), (s) => s.id);
    expect(sections).to.have.members(elements.map((e) => e.tagName));
    expect(sections, "in the registry's order").to.deep.equal([...TAGS]);
    for (const { tagName } of elements) {
      expect(doc.querySelector(`#contents a[href="#${tagName}"]`), tagName).to.exist;
    }
  });

  it('lists every attribute, event, part, custom property and slot', () => {
    for (const e of elements) {
      const tag = e.tagName;
      expect(firstColumn(tag, 'attributes'), `${tag} attributes`).to.deep.equal((e.attributes ?? []).map((a) => a.name));
      expect(firstColumn(tag, 'events'), `${tag} events`).to.deep.equal((e.events ?? []).map((a) => a.name));
      expect(firstColumn(tag, 'parts'), `${tag} parts`).to.deep.equal((e.cssParts ?? []).map((a) => a.name));
      expect(firstColumn(tag, 'custom-properties'), `${tag} custom properties`).to.deep.equal(
        (e.cssProperties ?? []).map((a) => a.name),
      );
      expect(firstColumn(tag, 'slots'), `${tag} slots`).to.deep.equal((e.slots ?? []).map((s) => s.name || '(default)'));
    }
  });

  it('renders a live example of every attribute, with its code', () => {
    for (const e of elements) {
      for (const { name } of e.attributes ?? []) {
        const example = doc.querySelector(`section#${e.tagName} .example[data-attribute="${name}"]`);
        expect(example, `${e.tagName} ${name}`).to.exist;
        const widget = example!.querySelector(e.tagName);
        expect(widget, `${e.tagName} ${name} element`).to.exist;
        expect(widget!.hasAttribute(name), `${e.tagName} example uses ${name}`).to.be.true;
        expect(example!.querySelector('pre code')!.textContent).to.contain(`<${e.tagName}`).and.to.contain(` ${name}`);
        expect(doc.querySelector(`a[href="#${e.tagName}-example-${name}"]`), `link to ${name} example`).to.exist;
      }
    }
    expect(renderFailures(doc.getElementById('reference')!)).to.deep.equal([]);
  });

  it('puts the term\'s name, in the example\'s language, inside every <upr-term> example and its code', () => {
    const examples = Array.from(doc.querySelectorAll('section#upr-term .example'));
    expect(examples.length).to.be.greaterThan(2);
    for (const example of examples) {
      const term = example.querySelector('upr-term')!;
      expect(term.getAttribute('term'), example.getAttribute('data-attribute')!).to.equal('upr');
      const name = term.getAttribute('lang') === 'vi' ? 'Cơ chế Rà soát định kỳ phổ quát' : 'Universal Periodic Review';
      expect(term.textContent).to.equal(name);
      expect(example.querySelector('pre code')!.textContent).to.contain(`>${name}</upr-term>`);
    }
  });

  it('shows manifest text as text: backticks become <code>, markup is not parsed', () => {
    const codes = Array.from(doc.querySelectorAll('#reference td code'), (c) => c.textContent);
    expect(codes).to.include('<html lang>');
    expect(doc.querySelectorAll('#reference html, #reference script')).to.have.length(0);
  });

  it('shows the detail of an event fired by an example', async () => {
    const log = doc.querySelector<HTMLElement>('.event-log[data-event="upr-timeline-select"]');
    expect(log).to.exist;
    const timeline = doc.querySelector('.example[data-attribute="cycles"] upr-timeline')!;
    const button = timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!;
    button.click();
    await nextFrame(frame.win);
    expect(log!.textContent).to.contain('upr-timeline-select').and.to.match(/"id":"[a-z0-9-]+"/);
    button.click(); // close it again, so that the page is as loaded for axe
    await nextFrame(frame.win);
  });

  it('passes axe at 360 and 1200 px', async () => {
    await checkAxeAtWidths(frame, [360, 1200]);
  });

  it('logs no errors or warnings', () => {
    expect(frame.record.problems).to.deep.equal([]);
  });
});
