// What the tools around the library need to know about <upr-term>: see src/internal/widget-spec.ts.
import type { WidgetSpec } from '../internal/widget-spec.js';

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
    },
    {
      title: 'An abbreviation',
      description: 'The definition gives the full name, then the abbreviation.',
      attributes: { term: 'human-rights-council' },
      sentence: {
        vi: ['Việt Nam là thành viên ', 'HĐNQ', ' nhiệm kỳ 2023–2025.'],
        en: ['Viet Nam sat on the ', 'HRC', ' for 2023–2025.'],
      },
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
  ],
};
