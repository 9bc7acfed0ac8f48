// What the tools around the library need to know about <upr-fact-card>: see src/internal/widget-spec.ts.
import type { WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'One figure or short fact, with its date and sources. The number variant is the default.',
  item: { attribute: 'fact', collection: 'facts' },
  examples: [
    {
      title: 'A percentage',
      description: 'Decimals are kept as the data has them and written the way each language writes them.',
      attributes: { fact: 'cycle-4-acceptance-share' },
    },
    {
      title: 'A count with a qualifier',
      description: 'The qualifier (“more than”) is written out before the figure.',
      attributes: { fact: 'midterm-workshop-delegates-2021' },
    },
    {
      title: 'A value in words',
      description: 'Some facts are a date or a name rather than a number.',
      attributes: { fact: 'epidemic-day-date' },
    },
    {
      title: 'A derived figure',
      description: 'No source states this number; the card says how it was worked out.',
      attributes: { fact: 'cycle-3-recommendations-noted' },
    },
    {
      title: 'Sources that disagree',
      description: 'The card shows the disagreement next to the figure.',
      attributes: { fact: 'hrc-election-2022-votes' },
    },
    {
      title: 'The text variant',
      description: 'variant="text" puts the value inside a sentence, for sidebars and lists.',
      attributes: { fact: 'interval-between-reviews', variant: 'text' },
    },
    {
      title: 'The text variant without the source line',
      description: 'variant="text" with no-source.',
      attributes: { fact: 'upr-cycle-length', variant: 'text', 'no-source': '' },
    },
  ],
};
