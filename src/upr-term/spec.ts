// What the tools around the library need to know about <upr-term>: see src/internal/widget-spec.ts.
import type { BadInputPlan, Expectation, HardeningTools, PageChecks, PageContext, WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'A term in the article’s own words: tap or click it (or press Enter on it) for its glossary definition and sources.',
  item: { attribute: 'term', collection: 'glossary' },
  examples: [
    {
      title: 'A term in a sentence',
      description: 'The words stay the author’s; the element adds a dotted underline and the definition.',
      attributes: { term: 'upr' },
      sentence: {
        vi: ['Việt Nam trình bày báo cáo theo ', 'Cơ chế Rà soát định kỳ phổ quát', ' lần thứ tư vào tháng 5/2024.'],
        en: ['Viet Nam presented its report to the ', 'Universal Periodic Review', ' for the fourth time in May 2024.'],
      },
      picture: ['en'],
    },
    {
      title: 'An abbreviation',
      description: 'The definition gives the full name, then the abbreviation.',
      attributes: { term: 'human-rights-council' },
      sentence: {
        vi: ['Việt Nam là thành viên ', 'HĐNQ', ' nhiệm kỳ 2023–2025.'],
        en: ['Viet Nam sat on the ', 'HRC', ' for 2023–2025.'],
      },
      picture: ['vi'],
    },
    {
      title: 'An empty element',
      description: 'Without words of its own the element shows the term’s name in the page’s language.',
      attributes: { term: 'united-nations' },
      sentence: {
        vi: ['Hội đồng Nhân quyền là cơ quan của ', '', '.'],
        en: ['The Human Rights Council is a body of the ', '', '.'],
      },
    },
    {
      title: 'An abbreviation at the start of a sentence',
      description: 'The words may open a sentence; the definition opens below or above them, wherever the screen has room.',
      attributes: { term: 'united-nations' },
      sentence: {
        vi: ['', 'LHQ', ' có nhiều cơ quan đang làm việc tại Việt Nam.'],
        en: ['', 'UN', ' agencies work in Viet Nam.'],
      },
      hardening: true,
    },
  ],
  badInput: badInput(),
  pageChecks: pageChecks(),
};

// ---------------------------------------------------------------------------------------------------------------
// The hardening suites (tests/hardening): how to break it, and what to check on a host page.
// (Called while `spec` above is made: what they return may use the constants below only inside its functions.)

interface TermExpectation extends Expectation {
  /** `term`: the author's words, to tap, with the definition closed. `words`: the id names nothing, so the words
   * are plain text: nothing to tap or focus, no underline. */
  show: 'term' | 'words';
}

/** The id is exact but for white space around it; one that names nothing leaves the author's words as plain text. */
function badInput(): BadInputPlan<TermExpectation> {
  return {
    attributes: ({ idsOf }) => [
      { attribute: 'term', bases: idsOf('glossary'), quota: 330 },
      { attribute: 'theme', bases: ['light', 'dark', 'auto'], quota: 130 },
    ],
    context(attribute, k, { idsOf }): Record<string, string> {
      const ids = idsOf('glossary');
      return attribute === 'term' ? {} : { term: ids[k % ids.length] };
    },
    authorContent: () => 'the words of the article #',
    authorContentAs: 'words',
    classify(read) {
      const show = read.unknownItem() ? 'words' : 'term';
      return { show, theme: read.theme() };
    },
    combinations({ add, pick, value }, { idsOf }) {
      for (let k = 0; k < 60; k++) {
        const words = 'words #';
        if (k % 2) add('bad term and bad theme', { term: value('term'), theme: value('theme') }, words);
        else add('bad theme on a known term', { term: pick(idsOf('glossary')), theme: value('theme') }, words);
      }
    },
    check(el, e, c, { part, shown, text, shadowElements, byId, shadowOf }) {
      // the author's words stay in the article (light DOM, through the slot); only a known term makes them a button
      const problems: string[] = [];
      const root = shadowOf(el);
      if (part(el, 'unavailable')) problems.push('the notice instead of the words');
      if (!root.querySelector('slot') || text(el) !== c.authorContent || !shown(el)) problems.push("the author's words are not on screen");
      const trigger = part(el, 'trigger');
      if (e.show === 'words') {
        const focusable = root.querySelectorAll('[tabindex], [role], a, button');
        if (focusable.length) problems.push(`something to tap or focus: ${Array.from(focusable, (n) => n.localName).join(' ')}`);
        if (part(el, 'popover')) problems.push('a definition');
        const underlined = shadowElements(root).filter((n) => getComputedStyle(n).textDecorationLine !== 'none');
        if (underlined.length) problems.push(`underlined: ${underlined.map((n) => n.getAttribute('part') ?? n.localName).join(' ')}`);
      } else {
        if (trigger?.getAttribute('role') !== 'button' || trigger.tabIndex !== 0) problems.push('the words are not a button in the tab order');
        if (trigger?.getAttribute('aria-expanded') !== 'false') problems.push('the definition is not closed');
        if (shown(part(el, 'popover'))) problems.push('the definition is on screen');
        const term = byId('glossary', c.attributes.term?.trim());
        if (text(part(el, 'definition')) !== term?.definition.en) problems.push(`not the definition of ${c.attributes.term}`);
      }
      return problems;
    },
    contract: [],
  };
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens the definition as a click on the words does, with the words in view, and waits until it is placed. */
async function open(el: HTMLElement, page: PageContext, { until, nextFrame, partOf }: HardeningTools): Promise<void> {
  el.scrollIntoView({ block: 'nearest' });
  partOf(el, 'trigger').click();
  await (el as Updating).updateComplete;
  // placed by script through the CSSOM (element.style), which style-src does not block
  const card = partOf(el, 'popover');
  await until(() => !!card.style.top, 600);
  // and where it settles: the same place two frames running (the placement follows scrolling, a frame later)
  const place = () => JSON.stringify(card.getBoundingClientRect());
  let last = '';
  for (let i = 0; i < 12 && (i < 3 || place() !== last); i++) {
    last = place();
    await nextFrame(page.win);
  }
}

async function close(el: HTMLElement, page: PageContext, { part, nextFrame }: HardeningTools): Promise<void> {
  const words = part(el, 'trigger');
  if (words?.getAttribute('aria-expanded') !== 'true') return;
  words.click();
  await (el as Updating).updateComplete;
  await nextFrame(page.win);
}

/** Problems with an open definition: open, shown, in the top layer. */
function openProblems(el: HTMLElement, { visible, describe, partOf }: HardeningTools): string[] {
  const name = describe(el);
  const card = partOf(el, 'popover');
  if (partOf(el, 'trigger').getAttribute('aria-expanded') !== 'true' || !visible(card)) return [`${name}: the definition did not open`];
  return card.matches(':popover-open') ? [] : [`${name}: the definition is not in the top layer`];
}

/** Problems with where an open definition is: just below or above its words (not over them), where they are. */
function placementProblems(el: HTMLElement, { describe, partOf }: HardeningTools): string[] {
  const name = describe(el);
  const [box, under] = [partOf(el, 'popover').getBoundingClientRect(), partOf(el, 'trigger').getBoundingClientRect()];
  const problems: string[] = [];
  // (at the bottom of the frame there is room above only)
  const gap = Math.max(box.top - under.bottom, under.top - box.bottom);
  if (gap < 0 || gap > 12) problems.push(`${name}: the definition is ${Math.round(gap)}px from its words`);
  const at = (r: DOMRect) => `${Math.round(r.left)}–${Math.round(r.right)}px`;
  if (!(box.left < under.right && box.right > under.left)) problems.push(`${name}: the definition (${at(box)}) is not where its words are (${at(under)})`);
  return problems;
}

function pageChecks(): PageChecks {
  return {
    keyParts: () => ['trigger'],
    content: () => 'trigger',
    inline: { ownPart: 'popover' },
    hierarchy(el, { describe, partOf }) {
      // the words are the article's: they look like the rest of the paragraph, plus a dotted underline
      const problems: string[] = [];
      const name = describe(el);
      const words = getComputedStyle(partOf(el, 'trigger'));
      const paragraph = getComputedStyle(el.closest('p') ?? el);
      for (const property of ['color', 'font-family', 'font-size', 'font-style', 'font-weight', 'letter-spacing', 'text-transform', 'line-height']) {
        const [got, want] = [words.getPropertyValue(property), paragraph.getPropertyValue(property)];
        if (got !== want) problems.push(`${name}: the words have ${property} ${got}, the paragraph ${want}`);
      }
      if (words.textDecorationLine !== 'underline' || words.textDecorationStyle !== 'dotted') {
        problems.push(`${name}: the words are not underlined with dots (${words.textDecorationLine} ${words.textDecorationStyle})`);
      }
      if (words.cursor !== 'pointer') problems.push(`${name}: the cursor over the words is ${words.cursor}`);
      return problems;
    },
    styled: (el, { part, visible, describe }) => (visible(part(el, 'popover')) ? [`${describe(el)}: the definition is open before a click`] : []),
    popup: { trigger: 'trigger', part: 'popover', name: 'definition', fontSize: 0.875, open, close, placement: placementProblems },
    async use(el, page, tools) {
      // a click opens it (where it opens is its popup's placement), Escape closes it
      el.scrollIntoView({ block: 'nearest' });
      tools.partOf(el, 'trigger').click();
      await (el as Updating).updateComplete;
      await tools.nextFrame(page.win);
      const problems = openProblems(el, tools);
      tools.press(el, 'Escape');
      await (el as Updating).updateComplete;
      if (tools.visible(tools.part(el, 'popover'))) problems.push(`${tools.describe(el)}: Escape did not close the definition`);
      return problems;
    },
    cites: (el, { byId }) => byId('glossary', el.getAttribute('term')?.trim())?.sources ?? [],
    language(el, locale, { part, text, byId, describe }) {
      const problems: string[] = [];
      const term = byId('glossary', el.getAttribute('term'));
      if (text(part(el, 'definition')) !== term?.definition[locale]) problems.push(`${describe(el)}: the definition is not the ${locale} one`);
      if (!text(part(el, 'name')).startsWith(term?.term[locale] ?? '?')) problems.push(`${describe(el)}: the definition names "${text(part(el, 'name'))}"`);
      return problems;
    },
    async moved(el, page, tools) {
      // open before the move, closed by it (it left its place), and it opens again
      await open(el, page, tools);
      const before = [...openProblems(el, tools), ...placementProblems(el, tools)];
      return async () => {
        const problems = [...before];
        if (tools.partOf(el, 'trigger').getAttribute('aria-expanded') !== 'false') problems.push(`${tools.describe(el)}: still open after the move`);
        if (tools.visible(tools.part(el, 'popover'))) problems.push(`${tools.describe(el)}: its definition left on screen`);
        await open(el, page, tools);
        problems.push(...openProblems(el, tools), ...placementProblems(el, tools));
        await close(el, page, tools);
        return problems;
      };
    },
    readerSettings: {
      async forcedColors(el, page, tools) {
        const { part, describe, alpha, borderProblems, partOf } = tools;
        const problems: string[] = [];
        const words = getComputedStyle(partOf(el, 'trigger'));
        if (words.textDecorationLine !== 'underline' || alpha(words.textDecorationColor) < 0.5) {
          problems.push(`${describe(el)}: the words are not underlined (${words.textDecorationLine} ${words.textDecorationColor})`);
        }
        await open(el, page, tools);
        problems.push(...borderProblems(part(el, 'popover'), 'top', `${describe(el)}: the definition`));
        await close(el, page, tools);
        return problems;
      },
      focusable: (el, { part }) => part(el, 'trigger'),
      print: {
        // a reader prints with a definition open
        async prepare(el, page, tools) {
          await open(el, page, tools);
          return () => close(el, page, tools);
        },
        check(el, { part, visible, describe, partOf }) {
          // on paper the words are plain words, and the definition is not printed over the article
          const problems: string[] = [];
          if (getComputedStyle(partOf(el, 'trigger')).textDecorationLine !== 'none') problems.push(`${describe(el)}: the words are printed underlined`);
          if (visible(part(el, 'popover'))) problems.push(`${describe(el)}: the definition is printed`);
          return problems;
        },
      },
    },
    everyItem: [{}],
  };
}
