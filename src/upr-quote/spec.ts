// What the tools around the library need to know about <upr-quote>: see src/internal/widget-spec.ts.
import type { WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'Quotes and reported speech. The same id reads in either language: words said in the other one are shown in translation and labelled.',
  item: { attribute: 'quote', collection: 'quotes' },
  examples: [
    {
      title: 'A direct quote in its own language',
      description: 'Each side shows a quote said in its own language: the words exactly as reported.',
      attributes: {},
      byLanguage: {
        vi: { quote: 'doan-cong-huynh-balanced-approach' },
        en: { quote: 'do-hung-viet-hundreds-of-recommendations' },
      },
    },
    {
      title: 'A translated quote, with the original',
      description: 'Each side shows a quote said in the other language; show-original adds the original words beneath the translation.',
      attributes: {},
      byLanguage: {
        vi: { quote: 'do-hung-viet-midterm-launch-groundwork', 'show-original': '' },
        en: { quote: 'doan-cong-huynh-balanced-approach', 'show-original': '' },
      },
    },
    {
      title: 'Reported speech',
      description: 'A paraphrase is labelled as such and never set in quotation marks.',
      attributes: { quote: 'dang-hoang-giang-multilateralism-upr' },
    },
    {
      title: 'Compact size',
      description: 'size="compact" for a sidebar or a narrow column.',
      attributes: { quote: 'bui-thanh-son-hrc49-motto', size: 'compact' },
    },
    {
      title: 'Without the source line',
      description: 'no-source, for a page that credits its sources elsewhere.',
      attributes: { quote: 'rana-flowers-un-support', 'no-source': '' },
    },
  ],
};
