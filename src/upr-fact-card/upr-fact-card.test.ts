import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../index.js';
import type { Fact } from '../internal/data.js';
import type { UprFactCard } from './upr-fact-card.js';
import { expectSides } from '../../tests/helpers/data-text.js';
import { captureWarnings } from '../../tests/helpers/warnings.js';
import { normalize, shadowText, part, partText, parts } from '../../tests/helpers/shadow.js';

type Lang = 'vi' | 'en';
const LANGS: readonly Lang[] = ['vi', 'en'];

async function card(template: ReturnType<typeof html>): Promise<UprFactCard> {
  const el = await fixture<UprFactCard>(template);
  await el.updateComplete;
  return el;
}

/** Renders many cards at once, for the checks that cover the whole dataset. */
async function cards(lang: Lang, variant: string, facts: readonly Fact[]): Promise<UprFactCard[]> {
  const wrapper = await fixture(html`<div lang=${lang}>
    ${facts.map((f) => html`<upr-fact-card fact=${f.id} variant=${variant}></upr-fact-card>`)}
  </div>`);
  const list = Array.from(wrapper.querySelectorAll('upr-fact-card'));
  await Promise.all(list.map((el) => el.updateComplete));
  return list;
}

/** In the text variant the label and the value share one paragraph. */
function sameParagraph(el: Element): boolean {
  return part(el, 'label')!.closest('p') === part(el, 'value')!.closest('p');
}

function backgroundOf(el: UprFactCard): string {
  return getComputedStyle(part(el, 'base')!).backgroundColor;
}

const factById = (id: string): Fact => dataset.facts.find((f) => f.id === id)!;

describe('<upr-fact-card> every fact in the dataset', () => {
  for (const lang of LANGS) {
    for (const variant of ['number', 'text']) {
      it(`renders all ${dataset.facts.length} facts in ${lang}, variant ${variant}, without a warning`, async () => {
        const warnings = captureWarnings();
        const list = await cards(lang, variant, dataset.facts);
        expect(list).to.have.length(dataset.facts.length);
        list.forEach((el, i) => {
          const fact = dataset.facts[i];
          const label = partText(el, 'label');
          expect(label.replace(/:$/, ''), fact.id).to.equal(normalize(fact.label[lang]));
          expect(partText(el, 'context'), fact.id).to.equal(normalize(fact.context[lang]));

          const value = partText(el, 'value');
          if ('text' in fact.value) {
            expect(value, fact.id).to.equal(normalize(fact.value.text[lang]));
          } else {
            expect(value, fact.id).to.match(/\d/);
            if (fact.value.unit) expect(value, fact.id).to.include(fact.value.unit[lang]);
            if (fact.value.percent) expect(value, fact.id).to.match(/%$/);
          }

          const time = part(el, 'as-of')!.querySelector('time')!;
          expect(time.getAttribute('datetime'), fact.id).to.equal(fact.asOf);
          expect(normalize(time.textContent), fact.id).to.match(lang === 'vi' ? /^Tính đến / : /^As of /);

          expect(part(el, 'source'), fact.id).to.exist;
          const sourceFigure = 'number' in fact.value && fact.value.sourceFigure;
          expect(parts(el, 'note'), fact.id).to.have.length((fact.derived ? 1 : 0) + (fact.conflict ? 1 : 0) + (sourceFigure ? 1 : 0));
          expect(shadowText(el), fact.id).not.to.match(/undefined|NaN|\[object/);
        });
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  }
});

describe('<upr-fact-card> values', () => {
  const cases: { fact: string; en: string; vi: string; what: string }[] = [
    { what: 'an integer with a unit', fact: 'cycle-4-recommendations-received', en: '320 recommendations', vi: '320 khuyến nghị' },
    { what: 'a number with decimals', fact: 'upr-cycle-length', en: '4.5 years', vi: '4,5 năm' },
    { what: 'a percentage with one decimal', fact: 'cycle-4-acceptance-share', en: '84.7%', vi: '84,7%' },
    { what: 'a percentage with two decimals', fact: 'cycle-2-acceptance-share', en: '80.17%', vi: '80,17%' },
    { what: '"more than" with a unit', fact: 'midterm-workshop-delegates-2021', en: 'more than 150 delegates', vi: 'hơn 150 đại biểu' },
    { what: '"at least" with a percentage', fact: 'un-supported-accepted-recommendations', en: 'at least 75%', vi: 'ít nhất 75%' },
    { what: '"about" with a unit', fact: 'interval-between-reviews', en: 'about 5 years', vi: 'khoảng 5 năm' },
    { what: '"about" with a percentage', fact: 'cycle-1-acceptance-share', en: 'about 78%', vi: 'khoảng 78%' },
    { what: '"nearly" with a percentage, as its source says it', fact: 'cycle-3-acceptance-share', en: 'nearly 83%', vi: 'gần 83%' },
    { what: 'a text value', fact: 'epidemic-day-date', en: '27 December each year', vi: 'Ngày 27/12 hằng năm' },
  ];
  for (const { what, fact, en, vi } of cases) {
    it(`writes ${what} for the language: "${en}" / "${vi}"`, async () => {
      for (const variant of ['number', 'text']) {
        const el = await card(html`<upr-fact-card lang="en" fact=${fact} variant=${variant}></upr-fact-card>`);
        expect(partText(el, 'value')).to.equal(en);
        el.setAttribute('lang', 'vi');
        await el.updateComplete;
        expect(partText(el, 'value')).to.equal(vi);
      }
    });
  }

  it('sets figures large, in tabular numerals and the accent colour; text values without a figure', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="cycle-4-acceptance-share"></upr-fact-card>`);
    const figure = part(el, 'value')!.querySelector('.figure')!;
    const style = getComputedStyle(figure);
    expect(style.fontVariantNumeric).to.include('tabular-nums');
    expect(style.color).to.equal('rgb(11, 83, 148)');
    expect(parseFloat(style.fontSize)).to.be.greaterThan(2 * parseFloat(getComputedStyle(part(el, 'context')!).fontSize));

    const text = await card(html`<upr-fact-card lang="en" fact="climate-resolution-core-group"></upr-fact-card>`);
    expect(part(text, 'value')!.querySelector('.figure')).to.equal(null);
    expect(partText(text, 'value')).to.equal('Viet Nam, Bangladesh and the Philippines');
  });

  it('lets a site set the figure size with --upr-fact-value-size and the colour with --upr-color-accent', async () => {
    const el = await card(html`<upr-fact-card
      lang="en"
      fact="cycle-4-acceptance-share"
      style="font-size: 16px; --upr-fact-value-size: 5em; --upr-color-accent: rgb(1, 2, 3)"
    ></upr-fact-card>`);
    const figure = part(el, 'value')!.querySelector('.figure')!;
    expect(getComputedStyle(figure).fontSize).to.equal('80px');
    expect(getComputedStyle(figure).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('<upr-fact-card> date', () => {
  const cases = [
    { precision: 'month', fact: 'midterm-reports-filed-june-2021', en: 'As of June 2021', vi: 'Tính đến tháng 6/2021', iso: '2021-06' },
    { precision: 'day', fact: 'cycle-4-acceptance-share', en: 'As of 27 September 2024', vi: 'Tính đến ngày 27/9/2024', iso: '2024-09-27' },
    { precision: 'year', fact: 'vietnam-upr-reviews-by-2021', en: 'As of 2021', vi: 'Tính đến năm 2021', iso: '2021' },
  ];
  for (const { precision, fact, en, vi, iso } of cases) {
    it(`says "as of" at the data's precision (${precision}): "${en}" / "${vi}"`, async () => {
      const el = await card(html`<upr-fact-card lang="vi" fact=${fact}></upr-fact-card>`);
      expect(partText(el, 'as-of')).to.equal(vi);
      expect(part(el, 'as-of')!.querySelector('time')!.getAttribute('datetime')).to.equal(iso);
      el.lang = 'en';
      await el.updateComplete;
      expect(partText(el, 'as-of')).to.equal(en);
    });
  }
});

describe('<upr-fact-card> notes', () => {
  it('marks exactly the derived facts as derived, in both languages', async () => {
    for (const lang of LANGS) {
      const list = await cards(lang, 'number', dataset.facts);
      const marked = list.filter((el) => parts(el, 'note').some((n) => n.classList.contains('note-derived')));
      expect(marked.map((el) => el.fact)).to.deep.equal(dataset.facts.filter((f) => f.derived).map((f) => f.id));
    }
  });

  it('shows the conflict note of exactly the facts that have one, word for word', async () => {
    for (const lang of LANGS) {
      const list = await cards(lang, 'text', dataset.facts);
      list.forEach((el, i) => {
        const fact = dataset.facts[i];
        const conflict = parts(el, 'note').filter((n) => n.classList.contains('note-conflict'));
        expect(conflict, fact.id).to.have.length(fact.conflict ? 1 : 0);
        if (fact.conflict) expectSides(normalize(conflict[0].textContent), fact.conflict, lang, fact.id);
      });
      expect(list.filter((el) => parts(el, 'note').length).length).to.be.greaterThan(0);
    }
  });

  it('words the derived note in each language', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="cycle-3-recommendations-noted"></upr-fact-card>`);
    expect(partText(el, 'note')).to.equal('Derived: worked out from the figures in the sources.');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(partText(el, 'note')).to.equal('Số liệu tính toán: suy ra từ các con số trong nguồn.');
  });

  it('introduces the conflict note in each language, and names every side with its sources', async () => {
    const fact = dataset.facts.find((f) => f.conflict && !f.derived)!;
    const el = await card(html`<upr-fact-card lang="en" fact=${fact.id}></upr-fact-card>`);
    const note = () => parts(el, 'note').find((n) => n.classList.contains('note-conflict'))!;
    expect(normalize(note().textContent)).to.match(/^Sources differ: /);
    expectSides(normalize(note().textContent), fact.conflict!, 'en', fact.id);
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(normalize(note().textContent)).to.match(/^Các nguồn không thống nhất: /);
    expectSides(normalize(note().textContent), fact.conflict!, 'vi', fact.id);
  });

  it('has no note for a fact that is neither derived nor disputed', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="cycle-4-acceptance-share"></upr-fact-card>`);
    expect(parts(el, 'note')).to.have.length(0);
  });
});

describe('<upr-fact-card> whose figure it is', () => {
  it('says whose it is for exactly the facts that come from one party, in both languages and both variants', async () => {
    expect(dataset.facts.some((f) => f.claimant), 'the dataset attributes some facts').to.equal(true);
    for (const lang of LANGS) {
      for (const variant of ['number', 'text']) {
        const list = await cards(lang, variant, dataset.facts);
        list.forEach((el, i) => {
          const { claimant, id } = dataset.facts[i];
          const shown = part(el, 'claimant');
          if (!claimant) expect(shown, id).to.equal(null);
          else expect(normalize(shown?.textContent), id).to.equal(lang === 'en' ? `According to ${claimant.en}` : `Theo ${claimant.vi}`);
        });
      }
    }
  });

  it("labels a percentage given as its source gives it, with the figure its counts give", async () => {
    const facts = dataset.facts.filter((f) => 'number' in f.value && f.value.sourceFigure);
    expect(facts.length, 'the dataset has such a figure').to.be.at.least(1);
    for (const fact of facts) {
      const value = fact.value as { number: number; counts: { part: number; whole: number } };
      const decimals = String(value.number).split('.')[1]?.length ?? 0;
      const exact = ((100 * value.counts.part) / value.counts.whole).toFixed(decimals);
      const el = await card(html`<upr-fact-card lang="en" fact=${fact.id}></upr-fact-card>`);
      const note = parts(el, 'note').find((n) => n.classList.contains('note-source-figure'));
      expect(normalize(note?.textContent), fact.id).to.equal(
        `The source’s figure: worked out from the counts, ${value.counts.part} of ${value.counts.whole} is ${exact}%.`,
      );
      expect(partText(el, 'value'), 'the figure itself is the source’s').to.equal(`${value.number}%`);
      el.setAttribute('lang', 'vi');
      await el.updateComplete;
      const vi = parts(el, 'note').find((n) => n.classList.contains('note-source-figure'));
      expect(normalize(vi?.textContent), fact.id).to.equal(
        `Số liệu theo nguồn: tính từ các con số, ${value.counts.part} trên ${value.counts.whole} là ${exact.replace('.', ',')}%.`,
      );
    }
  });
});

describe('<upr-fact-card> variant', () => {
  it('is "number" by default: the value on its own line above the label, then the context', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="midterm-workshop-delegates-2021"></upr-fact-card>`);
    const value = part(el, 'value')!;
    const label = part(el, 'label')!;
    expect(value.getBoundingClientRect().bottom).to.be.at.most(label.getBoundingClientRect().top + 1);
    expect(partText(el, 'label')).to.equal('Delegates at the mid-term report workshop');
    expect(shadowText(el)).to.match(/^more than 150 delegates Delegates at the mid-term report workshop The workshop of 14 July 2021/);
  });

  it('"text" is a compact sentence with the value inline after the label', async () => {
    const wrapper = await fixture(html`<div lang="en" style="width: 40em">
      <upr-fact-card fact="midterm-workshop-delegates-2021"></upr-fact-card>
      <upr-fact-card fact="midterm-workshop-delegates-2021" variant="text"></upr-fact-card>
    </div>`);
    const [big, compact] = Array.from(wrapper.querySelectorAll('upr-fact-card'));
    await compact.updateComplete;
    expect(sameParagraph(compact)).to.equal(true);
    expect(sameParagraph(big)).to.equal(false);
    expect(normalize(part(compact, 'label')!.closest('p')!.textContent)).to.equal('Delegates at the mid-term report workshop: more than 150 delegates');
    const figure = part(compact, 'value')!.querySelector('.figure')!;
    expect(parseFloat(getComputedStyle(figure).fontSize)).to.equal(parseFloat(getComputedStyle(part(compact, 'context')!).fontSize));
    expect(getComputedStyle(figure).fontVariantNumeric).to.include('tabular-nums');
    expect(compact.getBoundingClientRect().height).to.be.lessThan(big.getBoundingClientRect().height);
  });

  it('accepts any case and surrounding spaces, and changes at run time', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="upr-cycle-length" variant=" TEXT "></upr-fact-card>`);
    expect(sameParagraph(el)).to.equal(true);
    expect(normalize(part(el, 'label')!.closest('p')!.textContent)).to.equal('Length of a UPR cycle (from cycle II): 4.5 years');
    el.variant = 'number';
    await el.updateComplete;
    expect(sameParagraph(el)).to.equal(false);
  });

  for (const { title, variant, warning } of [
    { title: 'warns once for an unknown variant and shows the number variant', variant: 'huge-fc1', warning: ['variant="huge-fc1"', '"number"'] },
    { title: 'treats an empty variant as invalid, warning once', variant: '', warning: ['variant=""'] },
  ]) {
    it(title, async () => {
      const warnings = captureWarnings();
      const el = await card(html`<upr-fact-card lang="en" fact="upr-cycle-length" variant=${variant}></upr-fact-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('Length of a UPR cycle (from cycle II)');
      expect(partText(el, 'value')).to.equal('4.5 years');
      expect(sameParagraph(el)).to.equal(false);
      expect(warnings.messages).to.have.length(1);
      for (const fragment of ['<upr-fact-card>', ...warning]) expect(warnings.messages[0]).to.include(fragment);
    });
  }
});

describe('<upr-fact-card> no-source', () => {
  it('shows the sources by default and hides them with no-source, also at run time', async () => {
    const fact = factById('interval-between-reviews');
    const el = await card(html`<upr-fact-card lang="en" fact=${fact.id}></upr-fact-card>`);
    // an outlet that names itself in Vietnamese is given in English first on an English page
    expect(partText(el, 'source')).to.match(/^Sources: The World & Vietnam Report \(Báo Thế giới & Việt Nam\), 2021; United Nations, A\/HRC\/RES\/16\/21/);
    el.setAttribute('no-source', '');
    await el.updateComplete;
    expect(part(el, 'source')).to.equal(null);
    expect(partText(el, 'value')).to.equal('about 5 years');
    el.noSource = false;
    await el.updateComplete;
    expect(part(el, 'source')).to.exist;
  });

  it('hides the sources in the text variant too, keeping the notes', async () => {
    const el = await card(html`<upr-fact-card lang="vi" variant="text" no-source fact="cycle-2-recommendations-noted"></upr-fact-card>`);
    expect(part(el, 'source')).to.equal(null);
    expect(parts(el, 'note')).to.have.length(1);
  });
});

describe('<upr-fact-card> language and theme', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('follows its own, an ancestor\'s and the page\'s lang, at run time', async () => {
    const wrapper = await fixture(html`<div lang="vi"><upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card></div>`);
    const el = wrapper.querySelector('upr-fact-card')!;
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Tỷ lệ khuyến nghị được chấp thuận, chu kỳ IV');
    expect(partText(el, 'source')).to.match(/^Nguồn: /);
    expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('vi');

    wrapper.setAttribute('lang', 'en-GB');
    await aTimeout(0);
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Share of recommendations accepted, cycle IV');
    expect(partText(el, 'value')).to.equal('84.7%');
    expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('en');

    el.setAttribute('lang', 'vi-VN');
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('84,7%');

    wrapper.removeAttribute('lang');
    el.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'vi');
    await aTimeout(0);
    await el.updateComplete;
    expect(partText(el, 'as-of')).to.equal('Tính đến ngày 27/9/2024');
  });

  it('renders English for a language other than Vietnamese', async () => {
    const el = await card(html`<upr-fact-card lang="fr" fact="midterm-workshop-delegates-2021"></upr-fact-card>`);
    expect(partText(el, 'value')).to.equal('more than 150 delegates');
  });

  it('is light by default, dark when asked, and switches at run time', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="cycle-4-acceptance-share"></upr-fact-card>`);
    const figure = () => part(el, 'value')!.querySelector('.figure')!;
    expect(backgroundOf(el)).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(backgroundOf(el)).to.equal('rgb(23, 24, 26)');
    expect(getComputedStyle(figure()).color).to.equal('rgb(143, 193, 242)');
    el.theme = 'light';
    await el.updateComplete;
    expect(backgroundOf(el)).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(figure()).color).to.equal('rgb(11, 83, 148)');
  });
});

describe('<upr-fact-card> unknown or missing fact', () => {

  it('shows the author\'s own content instead, when there is some', async () => {
    const warnings = captureWarnings();
    const el = await card(html`<upr-fact-card fact="no-such-fact-fc"><p>84.7% of recommendations accepted</p></upr-fact-card>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['84.7% of recommendations accepted']);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(part(el, 'unavailable')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });

  it('reports a bad variant even when the fact id is unknown too: one warning each', async () => {
    const warnings = captureWarnings();
    const el = await card(html`<upr-fact-card lang="en" fact="no-such-fact-f2" variant="huge-f2"></upr-fact-card>`);
    expect(shadowText(el)).to.equal('Content unavailable');
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join('\n')).to.include('variant="huge-f2"').and.include('fact="no-such-fact-f2"');
  });

  it('hides the author\'s content once the fact is valid', async () => {
    const el = await card(html`<upr-fact-card lang="en" fact="cycle-4-acceptance-share"><p>Fallback</p></upr-fact-card>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it('follows changes of fact: valid, unknown, valid again', async () => {
    const warnings = captureWarnings();
    const el = await card(html`<upr-fact-card lang="en" fact="cycle-4-acceptance-share"></upr-fact-card>`);
    el.setAttribute('fact', 'cycle-9-acceptance-share-fc');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Content unavailable');
    el.fact = 'epidemic-day-date';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('27 December each year');
    expect(warnings.messages).to.have.length(1);
  });

  it('never injects markup from a bad id', async () => {
    const warnings = captureWarnings();
    const el = await card(html`<upr-fact-card fact=${'<img src=x onerror=alert(1)>-fc'}></upr-fact-card>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });
});

describe('<upr-fact-card> keyboard', () => {
  it('adds one tab stop per linked source and none otherwise', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <button id="before">before</button>
      <upr-fact-card fact="cycle-4-recommendations-received"></upr-fact-card>
      <upr-fact-card fact="cycle-4-acceptance-share"></upr-fact-card>
      <button id="after">after</button>
    </div>`);
    const [linked, plain] = Array.from(wrapper.querySelectorAll('upr-fact-card'));
    await Promise.all([linked.updateComplete, plain.updateComplete]);
    const links = Array.from(part(linked, 'source')!.querySelectorAll('a'));
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://upr-info.org/en/news/46th-upr-working-group-key-highlights');
    expect(links[0].getAttribute('rel')).to.include('noopener');
    expect(part(plain, 'source')!.querySelector('a')).to.equal(null);

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    // Safari leaves links out of the tab order unless the reader turns that on in its settings.
    const linksInTabOrder = !/AppleWebKit/.test(navigator.userAgent) || /Chrom/.test(navigator.userAgent);
    if (linksInTabOrder) expect(document.activeElement).to.equal(linked);
    if (document.activeElement === linked) {
      expect(linked.shadowRoot!.activeElement).to.equal(links[0]);
      expect(getComputedStyle(links[0]).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });
});

describe('<upr-fact-card> layout', () => {
  it('keeps its height once rendered: nothing animates in', async () => {
    const el = await card(html`<upr-fact-card lang="vi" fact="midterm-workshop-delegates-2021"></upr-fact-card>`);
    const before = el.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(0);
    expect(part(el, 'base')!.getAnimations({ subtree: true })).to.have.length(0);
    await nextFrame();
    await aTimeout(100);
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('fits a 320 px column without overflowing', async () => {
    const wrapper = await fixture(html`<div lang="vi" style="width: 320px">
      <upr-fact-card fact="hrc-motto-2023-2025"></upr-fact-card>
      <upr-fact-card fact="hrc56-texts-adopted"></upr-fact-card>
      <upr-fact-card fact="hrc56-texts-adopted" variant="text"></upr-fact-card>
    </div>`);
    for (const el of Array.from(wrapper.querySelectorAll('upr-fact-card'))) {
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth, el.fact).to.be.at.most(base.clientWidth);
    }
  });
});

describe('<upr-fact-card> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of LANGS) {
      it(`passes axe in the ${theme} theme in ${lang}: both variants, notes, links and the fallback`, async () => {
        captureWarnings(); // silences the warnings this test causes on purpose
        const wrapper = await fixture(html`<div lang=${lang}>
          <upr-fact-card theme=${theme} fact="cycle-4-acceptance-share"></upr-fact-card>
          <upr-fact-card theme=${theme} fact="cycle-1-acceptance-share"></upr-fact-card>
          <upr-fact-card theme=${theme} fact="hrc-motto-2023-2025"></upr-fact-card>
          <upr-fact-card theme=${theme} fact="hrc-election-2022-votes" variant="text"></upr-fact-card>
          <upr-fact-card theme=${theme} fact="cycle-4-recommendations-noted" variant="text" no-source></upr-fact-card>
          <upr-fact-card theme=${theme} fact="missing-fc-${theme}-${lang}"></upr-fact-card>
        </div>`);
        await Promise.all(Array.from(wrapper.querySelectorAll('upr-fact-card'), (el) => el.updateComplete));
        await expect(wrapper).to.be.accessible();
      });
    }
  }
});
