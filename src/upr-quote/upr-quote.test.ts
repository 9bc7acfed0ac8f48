import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../index.js';
import type { Quote, Source } from '../internal/data.js';
import type { UprQuote } from './upr-quote.js';
import { captureWarnings } from '../../tests/helpers/warnings.js';
import { normalize, shadowText, part, partText } from '../../tests/helpers/shadow.js';

type Lang = 'vi' | 'en';
const LANGS: readonly Lang[] = ['vi', 'en'];
const OPEN = '\u201c';
const CLOSE = '\u201d';

/** The words of a quoted-text part, paragraph by paragraph, joined by a space. */
function wordsOf(el: Element, name: string): string {
  return Array.from(part(el, name)!.querySelectorAll('p'), (p) => normalize(p.textContent)).join(' ');
}

/** The speaker's words alone: what a part shows without the editor's [sic] marks. */
function speakersWordsOf(el: Element, name: string): string {
  const copy = part(el, name)!.cloneNode(true) as HTMLElement;
  for (const mark of copy.querySelectorAll('[part~="sic"]')) mark.remove();
  return Array.from(copy.querySelectorAll('p'), (p) => normalize(p.textContent)).join(' ');
}

/** What a reader sees of an element: hidden parts (display: none) have no boxes. */
function isShown(node: Element | null): boolean {
  return !!node && node.getClientRects().length > 0;
}

async function quoteEl(template: ReturnType<typeof html>): Promise<UprQuote> {
  const el = await fixture<UprQuote>(template);
  await el.updateComplete;
  return el;
}

/** Renders every quote at once in one language, for the checks that cover the whole dataset. */
async function allQuotes(lang: Lang, showOriginal = false): Promise<UprQuote[]> {
  const wrapper = await fixture(html`<div lang=${lang}>
    ${dataset.quotes.map((q) => html`<upr-quote quote=${q.id} ?show-original=${showOriginal}></upr-quote>`)}
  </div>`);
  const list = Array.from(wrapper.querySelectorAll('upr-quote'));
  await Promise.all(list.map((el) => el.updateComplete));
  return list;
}

const quoteById = (id: string): Quote => dataset.quotes.find((q) => q.id === id)!;
const paragraphsOf = (text: string): string[] => text.split(/\n+/).map((p) => p.trim());
/** The text of a quote as one line, the way the widget's paragraphs read when their text is joined. */
const flat = (text: string): string => normalize(text.replace(/\n+/g, ' '));

function backgroundOf(el: UprQuote): string {
  return getComputedStyle(part(el, 'base')!).backgroundColor;
}

/** Replaces navigator.clipboard for one test; `restore()` puts the browser's own back. */
function stubClipboard(clipboard: { writeText(text: string): Promise<void> } | undefined): { restore(): void } {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  return {
    restore() {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

/** A clipboard whose writeText records what it was given. */
function recordingClipboard(): { written: string[]; restore(): void } {
  const written: string[] = [];
  const stub = stubClipboard({
    writeText: (text: string) => {
      written.push(text);
      return Promise.resolve();
    },
  });
  return { written, restore: stub.restore };
}

/** Clicks "copy citation" and waits for the feedback to render. */
async function copy(el: UprQuote): Promise<void> {
  part(el, 'copy-button')!.click();
  await waitForStatus(el);
}

async function waitForStatus(el: UprQuote): Promise<void> {
  for (let i = 0; i < 50 && !partText(el, 'copy-status'); i += 1) {
    await aTimeout(10);
    await el.updateComplete;
  }
}

describe('<upr-quote> every quote in the dataset', () => {
  for (const lang of LANGS) {
    it(`renders all quotes in ${lang}, with speaker, role at the time, occasion, date and source, without a warning`, async () => {
      const warnings = captureWarnings();
      const list = await allQuotes(lang);
      expect(list).to.have.length(dataset.quotes.length);
      list.forEach((el, i) => {
        const q = dataset.quotes[i];
        const person = dataset.people.find((p) => p.id === q.speaker)!;
        const shownText = q.language === lang ? q.text : q.translation;
        const quoted = speakersWordsOf(el, 'quote');
        if (q.kind === 'direct') expect(quoted, q.id).to.equal(`${OPEN}${flat(shownText)}${CLOSE}`);
        else expect(quoted, q.id).to.equal(flat(shownText));
        expect(part(el, 'quote')!.getAttribute('lang'), q.id).to.equal(lang);
        expect(partText(el, 'speaker'), q.id).to.equal(person.name[lang]);
        expect(partText(el, 'role'), q.id).to.not.equal('');
        expect(person.roles.map((r) => r.title[lang]), q.id).to.include(partText(el, 'role'));
        expect(partText(el, 'occasion'), q.id).to.include(normalize(q.occasion[lang]));
        expect(part(el, 'date')!.getAttribute('datetime'), q.id).to.equal(q.date);
        expect(partText(el, 'source'), q.id).to.match(lang === 'vi' ? /^Nguồn: / : /^Sources?: /);
        expect(isShown(part(el, 'copy-button')), q.id).to.equal(true);
      });
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('writes dates at the precision of the data', async () => {
    const wrapper = await fixture(html`<div>
      <upr-quote lang="vi" quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>
      <upr-quote lang="en" quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>
      <upr-quote lang="vi" quote="dang-hoang-giang-multilateralism-upr"></upr-quote>
      <upr-quote lang="en" quote="bui-thanh-son-hrc49-motto"></upr-quote>
    </div>`);
    const [viDay, enDay, viOther, enOther] = Array.from(wrapper.querySelectorAll('upr-quote'));
    await Promise.all([viDay, enDay, viOther, enOther].map((el) => el.updateComplete));
    // every quote of the dataset is dated to the day; the other precisions are tested in tests/internal/format.test.ts
    expect(dataset.quotes.every((q) => /^\d{4}-\d{2}-\d{2}$/.test(q.date))).to.equal(true);
    expect(partText(viDay, 'date')).to.equal('31/3/2022');
    expect(partText(enDay, 'date')).to.equal('31 March 2022');
    expect(partText(viOther, 'date')).to.equal('14/7/2021');
    expect(partText(enOther, 'date')).to.equal('2 March 2022');
  });
});

describe('<upr-quote> a speaker\'s error kept as said', () => {
  const marked = dataset.quotes.filter((q) => q.sic);

  it('marks each passage that keeps an error with [sic] (in Vietnamese, [nguyên văn]), and changes no word', async () => {
    expect(marked.length, 'the dataset keeps such an error').to.be.at.least(1);
    for (const q of marked) {
      // the original on a page in its own language; on a page in the other language, beneath the translation
      const [own, other] = q.language === 'en' ? (['en', 'vi'] as const) : (['vi', 'en'] as const);
      const wrapper = await fixture(html`<div>
        <upr-quote lang=${own} quote=${q.id}></upr-quote>
        <upr-quote lang=${other} quote=${q.id} show-original></upr-quote>
      </div>`);
      const [inOwn, inOther] = Array.from(wrapper.querySelectorAll('upr-quote'));
      await Promise.all([inOwn.updateComplete, inOther.updateComplete]);
      for (const [el, name, lang] of [[inOwn, 'quote', own], [inOther, 'original', other]] as const) {
        const mark = lang === 'en' ? '[sic]' : '[nguyên văn]';
        expect(speakersWordsOf(el, name), `${q.id}: the words`).to.equal(`${OPEN}${flat(q.text)}${CLOSE}`);
        const marks = Array.from(part(el, name)!.querySelectorAll('[part~="sic"]'));
        expect(marks.map((m) => normalize(m.textContent)), `${q.id}: the marks`).to.deep.equal(q.sic!.map(() => mark));
        for (const passage of q.sic!) expect(wordsOf(el, name), q.id).to.include(normalize(`${passage} ${mark}`));
        expect(marks.every((m) => m.getAttribute('lang') === lang), 'the mark is in the reader\'s language').to.equal(true);
      }
      // the translation has no error to mark
      expect(part(inOther, 'quote')!.querySelectorAll('[part~="sic"]')).to.have.length(0);
    }
  });

  it('copies the citation with the marks', async () => {
    const q = marked.find((x) => x.language === 'en')!;
    const clipboard = recordingClipboard();
    try {
      const el = await quoteEl(html`<upr-quote lang="en" quote=${q.id}></upr-quote>`);
      await copy(el);
      for (const passage of q.sic!) expect(clipboard.written[0]).to.include(`${passage} [sic]`);
    } finally {
      clipboard.restore();
    }
  });
});

describe('<upr-quote> markup', () => {
  it('is a figure with a blockquote and a figcaption for a direct quote', async () => {
    const el = await quoteEl(html`<upr-quote lang="en" quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>`);
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure).to.exist;
    const blockquote = figure.querySelector('blockquote')!;
    expect(blockquote).to.equal(part(el, 'quote'));
    expect(blockquote.getAttribute('lang')).to.equal('en');
    const caption = figure.querySelector('figcaption')!;
    expect(caption).to.equal(part(el, 'caption'));
    expect(caption.contains(part(el, 'speaker'))).to.equal(true);
    expect(caption.contains(part(el, 'source'))).to.equal(true);
    expect(normalize(caption.textContent)).to.equal(
      'Do Hung Viet, Assistant Minister of Foreign Affairs ' +
        'Launch of the voluntary mid-term report on implementing the cycle III UPR recommendations, Hanoi, 31 March 2022 ' +
        'Sources: Vietnam News Agency (VNA), March 2022; VietnamPlus, March 2022',
    );
    // The speaker in bold, the role in the muted colour.
    expect(Number(getComputedStyle(part(el, 'speaker')!).fontWeight)).to.be.at.least(700);
    expect(getComputedStyle(part(el, 'role')!).color).to.equal('rgb(83, 87, 93)');
    expect(part(el, 'label')).to.equal(null);
  });

  it('puts the quotation marks only on the first and last paragraphs of a quote of several', async () => {
    const q = quoteById('le-thi-thu-hang-consistent-policy');
    for (const lang of LANGS) {
      const el = await quoteEl(html`<upr-quote lang=${lang} quote=${q.id}></upr-quote>`);
      const paras = Array.from(part(el, 'quote')!.querySelectorAll('p')).map((p) => normalize(p.textContent));
      const expected = paragraphsOf(lang === 'vi' ? q.text : q.translation);
      expect(paras, lang).to.have.length(2);
      expect(paras, lang).to.deep.equal([`${OPEN}${expected[0]}`, `${expected[1]}${CLOSE}`]);
    }
  });

  it('makes the quoted words larger than the caption, and smaller again when compact', async () => {
    const wrapper = await fixture(html`<div lang="en" style="font-size: 16px">
      <upr-quote quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>
      <upr-quote quote="do-hung-viet-hundreds-of-recommendations" size="compact"></upr-quote>
    </div>`);
    const [standard, compact] = Array.from(wrapper.querySelectorAll('upr-quote'));
    await Promise.all([standard.updateComplete, compact.updateComplete]);
    const size = (el: Element, name: string) => parseFloat(getComputedStyle(part(el, name)!).fontSize);
    expect(size(standard, 'quote')).to.equal(20);
    expect(size(compact, 'quote')).to.be.lessThan(size(standard, 'quote'));
    expect(size(compact, 'quote')).to.be.greaterThan(size(compact, 'speaker'));
    expect(size(standard, 'occasion')).to.be.lessThan(16);
  });
});

describe('<upr-quote> translation', () => {
  it('shows the translation on a page in the other language and says so', async () => {
    const q = quoteById('doan-cong-huynh-balanced-approach'); // said in Vietnamese
    const el = await quoteEl(html`<upr-quote lang="en" quote=${q.id}></upr-quote>`);
    expect(wordsOf(el, 'quote')).to.equal(`${OPEN}${q.translation}${CLOSE}`);
    expect(part(el, 'quote')!.getAttribute('lang')).to.equal('en');
    expect(partText(el, 'translation-note')).to.equal('Translated from Vietnamese');
    expect(part(el, 'original')).to.equal(null);

    const vi = await quoteEl(html`<upr-quote lang="vi" quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>`);
    expect(partText(vi, 'translation-note')).to.equal('Bản dịch từ tiếng Anh');
    expect(part(vi, 'quote')!.getAttribute('lang')).to.equal('vi');
  });

  it('shows the original words in the quote\'s own language, with show-original and no note, in the same language', async () => {
    const q = quoteById('doan-cong-huynh-balanced-approach');
    const same = await quoteEl(html`<upr-quote lang="vi" quote=${q.id} show-original></upr-quote>`);
    expect(wordsOf(same, 'quote')).to.equal(`${OPEN}${q.text}${CLOSE}`);
    expect(part(same, 'translation-note')).to.equal(null);
    expect(part(same, 'original')).to.equal(null);
  });

  it('shows the original beneath the translation with show-original, with its own lang', async () => {
    const q = quoteById('doan-cong-huynh-balanced-approach');
    const el = await quoteEl(html`<upr-quote lang="en" quote=${q.id} show-original></upr-quote>`);
    const original = part(el, 'original')!;
    expect(original.tagName).to.equal('BLOCKQUOTE');
    expect(original.getAttribute('lang')).to.equal('vi');
    expect(wordsOf(el, 'original')).to.equal(`${OPEN}${q.text}${CLOSE}`);
    expect(partText(el, 'original-label')).to.equal('Original in Vietnamese');
    // Beneath the translation.
    expect(original.getBoundingClientRect().top).to.be.greaterThan(part(el, 'quote')!.getBoundingClientRect().bottom);

    el.showOriginal = false;
    await el.updateComplete;
    expect(part(el, 'original')).to.equal(null);
    el.setAttribute('show-original', '');
    await el.updateComplete;
    expect(part(el, 'original')).to.exist;

    const vi = await quoteEl(html`<upr-quote lang="vi" quote="rana-flowers-un-support" show-original></upr-quote>`);
    expect(part(vi, 'original')!.getAttribute('lang')).to.equal('en');
    expect(partText(vi, 'original-label')).to.equal('Bản gốc bằng tiếng Anh');
    // reported speech is our summary: not the speaker's words in translation
    expect(partText(vi, 'translation-note')).to.equal('Tóm lược từ nguồn tiếng Anh');
  });
});

describe('<upr-quote> reported speech', () => {
  const paraphrases = dataset.quotes.filter((q) => q.kind === 'paraphrase');

  for (const lang of LANGS) {
    it(`never shows a paraphrase in quotation marks or a blockquote (${lang}, with the original too)`, async () => {
      const list = (await allQuotes(lang, true)).filter((el) => paraphrases.some((q) => q.id === el.quote));
      expect(list).to.have.length(paraphrases.length);
      for (const el of list) {
        expect(el.shadowRoot!.querySelector('blockquote, q'), el.quote).to.equal(null);
        expect(shadowText(el), el.quote).to.not.match(/[\u201c\u201d"\u00ab\u00bb]/);
        expect(el.shadowRoot!.querySelector('.mark'), el.quote).to.equal(null);
        expect(partText(el, 'label'), el.quote).to.equal(lang === 'vi' ? 'Lời thuật lại' : 'Reported speech');
        // The label comes before the words, and the speaker is still named.
        const label = part(el, 'label')!;
        expect(label.compareDocumentPosition(part(el, 'quote')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(partText(el, 'speaker')).to.not.equal('');
        // No generated quotation marks either.
        for (const node of [part(el, 'quote')!, ...Array.from(part(el, 'quote')!.querySelectorAll('p'))]) {
          for (const pseudo of ['::before', '::after']) {
            const content = getComputedStyle(node, pseudo).content;
            expect(['none', 'normal', '""', ''], `${el.quote} ${pseudo}`).to.include(content);
          }
        }
      }
    });
  }
});

describe('<upr-quote> role at the time', () => {
  it('shows the role the speaker held on the day, of the two in the data', async () => {
    const person = dataset.people.find((p) => p.id === 'nguyen-vu-minh')!;
    expect(person.roles).to.have.length(2);
    const en = await quoteEl(html`<upr-quote lang="en" quote="nguyen-vu-minh-candidacy-benefits"></upr-quote>`);
    expect(partText(en, 'role')).to.equal(
      'Assistant Director-General, Department of International Organisations, Ministry of Foreign Affairs',
    );
    expect(shadowText(en)).to.not.include('Deputy Director-General');
    const vi = await quoteEl(html`<upr-quote lang="vi" quote="nguyen-vu-minh-candidacy-benefits"></upr-quote>`);
    expect(partText(vi, 'role')).to.equal('Trợ lý Vụ trưởng Vụ Các tổ chức quốc tế, Bộ Ngoại giao');
    expect(shadowText(vi)).to.not.include('Phó Vụ trưởng');
  });
});

describe('<upr-quote> source', () => {
  const sourceId = 'vna-2022-03-midterm-report-launch';
  let source: { url?: string };

  beforeEach(() => {
    source = dataset.sources.find((s: Source) => s.id === sourceId)! as { url?: string };
  });
  afterEach(() => {
    delete source.url;
  });

  it('has no cite attribute when the source has no URL (as in the dataset)', async () => {
    expect(source.url).to.equal(undefined);
    const el = await quoteEl(html`<upr-quote lang="en" quote="do-hung-viet-hundreds-of-recommendations" show-original></upr-quote>`);
    expect(part(el, 'quote')!.hasAttribute('cite')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[cite]') === null, 'no cite attribute').to.equal(true);
    // the source is named, not linked; only a source that gives the date and has an address is linked
    const dated = quoteById('do-hung-viet-hundreds-of-recommendations').dateSources ?? [];
    const linked = dated.filter((id) => dataset.sources.find((s: Source) => s.id === id)!.url?.startsWith('https://'));
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(linked.length);
    expect(part(el, 'source')!.querySelector('cite')).to.exist;
  });

  it('cites and links the source URL when it has one, with rel="noopener noreferrer"', async () => {
    const url = 'https://example.org/vna-midterm-report';
    source.url = url; // restored in afterEach
    const el = await quoteEl(html`<upr-quote lang="vi" quote="do-hung-viet-hundreds-of-recommendations" show-original></upr-quote>`);
    expect(part(el, 'quote')!.getAttribute('cite')).to.equal(url);
    expect(part(el, 'original')!.getAttribute('cite')).to.equal(url);
    const links = Array.from(el.shadowRoot!.querySelectorAll('a'));
    expect(links.filter((link) => link.getAttribute('href') === url)).to.have.length(1);
    for (const link of links) expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    // A paraphrase has no blockquote to cite from, but still links its source.
    const reported = await quoteEl(html`<upr-quote lang="vi" quote="rana-flowers-un-support"></upr-quote>`);
    expect(reported.shadowRoot!.querySelector('[cite]')).to.equal(null);
    expect(reported.shadowRoot!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('hides the source line with no-source, and shows it again when removed', async () => {
    const el = await quoteEl(html`<upr-quote lang="en" quote="rana-flowers-un-support" no-source></upr-quote>`);
    expect(part(el, 'source')).to.equal(null);
    expect(shadowText(el)).to.not.include('Source:');
    el.removeAttribute('no-source');
    await el.updateComplete;
    // the quote's source, then the one that gives its date
    expect(partText(el, 'source')).to.match(/^Sources: Vietnam News Agency \(VNA\), March 2022; VietnamPlus/);
  });
});

describe('<upr-quote> copy citation', () => {
  it('copies a direct quote with its marks, speaker, role, occasion, date and source (English)', async () => {
    const clipboard = recordingClipboard();
    try {
      const el = await quoteEl(html`<upr-quote lang="en" quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>`);
      await copy(el);
      expect(clipboard.written).to.deep.equal([
        '\u201cThe hundreds of recommendations that we have received and accepted have served as important inputs and impetus for our continued efforts to further improve the enjoyment of all human rights by all here in Vietnam\u201d\n' +
          '\u2014 Do Hung Viet, Assistant Minister of Foreign Affairs. Launch of the voluntary mid-term report on implementing the cycle III UPR recommendations, Hanoi, 31 March 2022.\n' +
          'Sources: Vietnam News Agency (VNA), March 2022; VietnamPlus, March 2022',
      ]);
      expect(partText(el, 'copy-status')).to.equal('Citation copied');
    } finally {
      clipboard.restore();
    }
  });

  it('copies a translated direct quote with the translation note (Vietnamese)', async () => {
    const clipboard = recordingClipboard();
    try {
      const q = quoteById('do-hung-viet-hundreds-of-recommendations');
      const el = await quoteEl(html`<upr-quote lang="vi" quote=${q.id}></upr-quote>`);
      await copy(el);
      expect(clipboard.written).to.deep.equal([
        `\u201c${q.translation}\u201d\n` +
          '(Bản dịch từ tiếng Anh)\n' +
          '\u2014 Đỗ Hùng Việt, Trợ lý Bộ trưởng Bộ Ngoại giao. Lễ công bố Báo cáo giữa kỳ tự nguyện về thực hiện các khuyến nghị UPR chu kỳ III, Hà Nội, 31/3/2022.\n' +
          'Nguồn: Vietnam News Agency (VNA), tháng 3/2022; VietnamPlus, tháng 3/2022',
      ]);
      expect(partText(el, 'copy-status')).to.equal('Đã sao chép trích dẫn');
    } finally {
      clipboard.restore();
    }
  });

  it('copies a paraphrase without quotation marks, labelled as reported speech (Vietnamese)', async () => {
    const clipboard = recordingClipboard();
    try {
      const q = quoteById('nguyen-vu-minh-candidacy-benefits');
      const el = await quoteEl(html`<upr-quote lang="vi" quote=${q.id}></upr-quote>`);
      await copy(el);
      expect(clipboard.written).to.deep.equal([
        `Lời thuật lại: ${q.text}\n` +
          '\u2014 Nguyễn Vũ Minh, Trợ lý Vụ trưởng Vụ Các tổ chức quốc tế, Bộ Ngoại giao. Họp báo điểm lại công tác nhân quyền và việc ứng cử Hội đồng Nhân quyền nhiệm kỳ 2023–2025, 28/9/2022.\n' +
          'Nguồn: VietnamPlus, Việt Nam chú trọng hợp tác quốc tế trong việc bảo vệ quyền con người, 28/9/2022',
      ]);
      expect(clipboard.written[0]).to.not.match(/[\u201c\u201d"]/);
    } finally {
      clipboard.restore();
    }
  });

  it('copies a paraphrase summarised from the other language without quotation marks, saying so (English)', async () => {
    const clipboard = recordingClipboard();
    try {
      const q = quoteById('nguyen-vu-minh-candidacy-benefits');
      const el = await quoteEl(html`<upr-quote lang="en" quote=${q.id} no-source></upr-quote>`);
      await copy(el);
      expect(clipboard.written).to.deep.equal([
        `Reported speech: ${q.translation}\n` +
          '(Summarised from a source in Vietnamese)\n' +
          '\u2014 Nguyen Vu Minh, Assistant Director-General, Department of International Organisations, Ministry of Foreign Affairs. Press conference reviewing human rights work and the bid for a 2023–2025 Human Rights Council seat, 28 September 2022.\n' +
          // The copied citation names its source even when the source line is hidden.
          'Source: VietnamPlus, Việt Nam chú trọng hợp tác quốc tế trong việc bảo vệ quyền con người, 28 September 2022',
      ]);
      expect(clipboard.written[0]).to.not.match(/[\u201c\u201d"]/);
    } finally {
      clipboard.restore();
    }
  });

  it('keeps paragraphs apart in the copied text, with one pair of quotation marks', async () => {
    const clipboard = recordingClipboard();
    try {
      const q = quoteById('le-thi-thu-hang-consistent-policy');
      const el = await quoteEl(html`<upr-quote lang="vi" quote=${q.id}></upr-quote>`);
      await copy(el);
      const [first, second] = paragraphsOf(q.text);
      expect(clipboard.written[0].startsWith(`\u201c${first}\n${second}\u201d\n\u2014 Lê Thị Thu Hằng, `)).to.equal(true);
    } finally {
      clipboard.restore();
    }
  });

  it('announces the result politely and keeps its height when the feedback appears', async () => {
    const clipboard = recordingClipboard();
    try {
      const wrapper = await fixture(html`<div style="width: 320px" lang="vi">
        <upr-quote quote="doan-cong-huynh-balanced-approach"></upr-quote>
      </div>`);
      const el = wrapper.querySelector('upr-quote')!;
      await el.updateComplete;
      const status = part(el, 'copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent!.trim()).to.equal('');
      const before = el.getBoundingClientRect().height;
      await copy(el);
      expect(partText(el, 'copy-status')).to.equal('Đã sao chép trích dẫn');
      expect(isShown(status)).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(before);
      // The feedback follows the language.
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(partText(el, 'copy-status')).to.equal('Citation copied');
    } finally {
      clipboard.restore();
    }
  });

  it('says so when the clipboard refuses', async () => {
    const stub = stubClipboard({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
    try {
      const el = await quoteEl(html`<upr-quote lang="en" quote="rana-flowers-un-support"></upr-quote>`);
      await copy(el);
      expect(partText(el, 'copy-status')).to.equal('Could not copy the citation');
    } finally {
      stub.restore();
    }
  });

  it('says so when there is no clipboard at all', async () => {
    const stub = stubClipboard(undefined);
    try {
      const el = await quoteEl(html`<upr-quote lang="vi" quote="rana-flowers-un-support"></upr-quote>`);
      await copy(el);
      expect(partText(el, 'copy-status')).to.equal('Không sao chép được trích dẫn');
    } finally {
      stub.restore();
    }
  });

  it('is a real button that works from the keyboard (Tab, then Enter or Space)', async () => {
    const clipboard = recordingClipboard();
    try {
      const el = await quoteEl(html`<upr-quote lang="en" quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>`);
      const button = part(el, 'copy-button')!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('type')).to.equal('button');
      expect(normalize(button.textContent)).to.equal('Copy citation');
      (document.activeElement as HTMLElement | null)?.blur();
      // Tab goes through the source line's links (if any), then reaches the button
      const links = el.shadowRoot!.querySelectorAll('[part~="source"] a').length;
      for (let i = 0; i <= links; i += 1) await sendKeys({ press: 'Tab' });
      // compared as a boolean: chai's diff of two elements can take minutes
      expect(el.shadowRoot!.activeElement === button, 'the button has focus').to.equal(true);
      expect(getComputedStyle(button).outlineStyle).to.not.equal('none');
      await sendKeys({ press: 'Enter' });
      await waitForStatus(el);
      expect(clipboard.written).to.have.length(1);
      expect(clipboard.written[0].startsWith('\u201cThe hundreds of recommendations')).to.equal(true);
      await sendKeys({ press: ' ' }); // the space bar (Firefox's BiDi keyboard knows no "Space")
      for (let i = 0; i < 50 && clipboard.written.length < 2; i += 1) await aTimeout(10);
      expect(clipboard.written).to.have.length(2);
    } finally {
      clipboard.restore();
    }
  });
});

describe('<upr-quote> attributes', () => {
  it('accepts size="compact" in any case, and warns once for an invalid size, showing the default', async () => {
    const warnings = captureWarnings();
    const wrapper = await fixture(html`<div lang="en" style="font-size: 16px">
      <upr-quote quote="do-hung-viet-hundreds-of-recommendations" size=" Compact "></upr-quote>
      <upr-quote quote="do-hung-viet-hundreds-of-recommendations" size="sidebar-quote-size"></upr-quote>
      <upr-quote quote="do-hung-viet-hundreds-of-recommendations" size="default"></upr-quote>
    </div>`);
    const [compact, invalid, standard] = Array.from(wrapper.querySelectorAll('upr-quote'));
    await Promise.all([compact, invalid, standard].map((el) => el.updateComplete));
    const size = (el: Element) => getComputedStyle(part(el, 'quote')!).fontSize;
    expect(size(compact)).to.not.equal(size(standard));
    expect(size(invalid)).to.equal(size(standard));
    expect(wordsOf(invalid, 'quote')).to.equal(wordsOf(standard, 'quote'));
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0])
      .to.include('<upr-quote>')
      .and.include('size="sidebar-quote-size"')
      .and.include('"compact"')
      .and.include('"default"');
  });

  it('switches theme at run time', async () => {
    const el = await quoteEl(html`<upr-quote quote="rana-flowers-un-support"></upr-quote>`);
    expect(backgroundOf(el)).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(backgroundOf(el)).to.equal('rgb(23, 24, 26)');
    el.theme = 'light';
    await el.updateComplete;
    expect(backgroundOf(el)).to.equal('rgba(0, 0, 0, 0)');
  });

  it('uses --upr-quote-mark-color for the quotation marks', async () => {
    const el = await quoteEl(
      html`<upr-quote quote="do-hung-viet-hundreds-of-recommendations" style="--upr-quote-mark-color: rgb(200, 0, 0)"></upr-quote>`,
    );
    const mark = part(el, 'quote')!.querySelector('.mark')!;
    expect(getComputedStyle(mark).color).to.equal('rgb(200, 0, 0)');
  });

  it('switches language at run time: its own lang, then an ancestor\'s', async () => {
    const wrapper = await fixture(html`<div lang="en"><upr-quote quote="doan-cong-huynh-balanced-approach"></upr-quote></div>`);
    const el = wrapper.querySelector('upr-quote')!;
    await el.updateComplete;
    const q = quoteById('doan-cong-huynh-balanced-approach');
    expect(wordsOf(el, 'quote')).to.equal(`${OPEN}${q.translation}${CLOSE}`);
    expect(partText(el, 'speaker')).to.equal('Doan Cong Huynh');

    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(wordsOf(el, 'quote')).to.equal(`${OPEN}${q.text}${CLOSE}`);
    expect(part(el, 'quote')!.getAttribute('lang')).to.equal('vi');
    expect(partText(el, 'speaker')).to.equal('Đoàn Công Huynh');
    expect(part(el, 'translation-note')).to.equal(null);
    expect(normalize(part(el, 'copy-button')!.textContent)).to.equal('Sao chép trích dẫn');

    el.removeAttribute('lang');
    await el.updateComplete;
    expect(partText(el, 'speaker')).to.equal('Doan Cong Huynh');
    wrapper.setAttribute('lang', 'vi-VN');
    await aTimeout(0); // the page's language observer runs as a microtask
    await el.updateComplete;
    expect(partText(el, 'speaker')).to.equal('Đoàn Công Huynh');
  });

  it('follows a change of quote id, and clears the feedback of the previous one', async () => {
    const clipboard = recordingClipboard();
    try {
      const el = await quoteEl(html`<upr-quote lang="en" quote="rana-flowers-un-support"></upr-quote>`);
      await copy(el);
      expect(partText(el, 'copy-status')).to.equal('Citation copied');
      el.quote = 'bui-thanh-son-hrc49-motto';
      await el.updateComplete;
      expect(partText(el, 'speaker')).to.equal('Bui Thanh Son');
      expect(partText(el, 'copy-status')).to.equal('');
    } finally {
      clipboard.restore();
    }
  });
});

describe('<upr-quote> unknown id', () => {

  it('shows the author\'s own fallback content when there is some', async () => {
    const warnings = captureWarnings();
    const el = await quoteEl(html`<upr-quote quote="no-such-quote-here"><blockquote>Author fallback</blockquote></upr-quote>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['Author fallback']);
    expect(isShown(el.querySelector('blockquote'))).to.equal(true);
    expect(warnings.messages).to.have.length(1);
  });

  it('reports a bad size even when the quote id is unknown too: one warning each', async () => {
    const warnings = captureWarnings();
    const el = await quoteEl(html`<upr-quote lang="en" quote="no-such-quote-q2" size="huge-q2"></upr-quote>`);
    expect(shadowText(el)).to.equal('Content unavailable');
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n')).to.include('size="huge-q2"').and.include('quote="no-such-quote-q2"');
  });

  it('hides the author\'s fallback once the id is valid', async () => {
    const el = await quoteEl(html`<upr-quote quote="rana-flowers-un-support"><blockquote>Author fallback</blockquote></upr-quote>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(isShown(el.querySelector('blockquote'))).to.equal(false);
  });
});

describe('<upr-quote> accessibility', function () {
  // axe over five widgets takes a few seconds on a busy machine.
  this.timeout(20000);

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme: direct, translated with the original, reported speech, compact, feedback and fallback`, async () => {
      const warnings = captureWarnings();
      const clipboard = recordingClipboard();
      try {
        const wrapper = await fixture(html`<div>
          <upr-quote lang="en" theme=${theme} quote="do-hung-viet-hundreds-of-recommendations"></upr-quote>
          <upr-quote lang="en" theme=${theme} quote="le-thi-thu-hang-consistent-policy" show-original></upr-quote>
          <upr-quote lang="vi" theme=${theme} quote="rana-flowers-un-support" show-original></upr-quote>
          <upr-quote lang="vi" theme=${theme} quote="dang-hoang-giang-multilateralism-upr" size="compact"></upr-quote>
          <upr-quote lang="vi" theme=${theme} quote="axe-missing-quote"></upr-quote>
        </div>`);
        const list = Array.from(wrapper.querySelectorAll('upr-quote'));
        await Promise.all(list.map((el) => el.updateComplete));
        await copy(list[0]);
        await expect(wrapper).to.be.accessible();
      } finally {
        clipboard.restore();
        warnings.restore();
      }
    });
  }
});
