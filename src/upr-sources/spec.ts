// What the tools around the library need to know about <upr-sources>: see src/internal/widget-spec.ts.
import type { WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'The list of sources for the end of an article: every source cited by the widgets on the page, each once.',
  examples: [
    {
      title: 'The sources of this page',
      description: 'Without attributes it lists what every widget in this gallery cites, oldest first; heading-level="4" fits it under this example’s h3.',
      attributes: { 'heading-level': '4' },
      width: 'wide',
    },
    {
      title: 'Every source in the dataset, without a heading',
      description: 'all lists every source the dataset holds; no-heading leaves the heading to the page.',
      attributes: { all: '', 'no-heading': '' },
      width: 'wide',
    },
  ],
};
