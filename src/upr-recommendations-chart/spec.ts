// What the tools around the library need to know about <upr-recommendations-chart>: see src/internal/widget-spec.ts.
import type { WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'Recommendations received, accepted and noted in each cycle, with the counting method, the derived figures marked and the sources. Tab to a chart and use the arrow keys, or hover over a bar.',
  examples: [
    {
      title: 'Every cycle',
      description: 'Without attributes: the three counts of each of the four cycles; the number noted is derived (received minus accepted) and marked so.',
      attributes: {},
    },
    {
      title: 'The share accepted, two cycles',
      description: 'metric="share" cycles="3,4": accepted as a percentage of received, worked out from the counts and marked as derived.',
      attributes: { metric: 'share', cycles: '3,4' },
    },
    {
      title: 'As a table',
      description: 'view="table" shows the table that screen readers always have; here the first two cycles, with the other count that UPR Info gives for them.',
      attributes: { view: 'table', cycles: '1,2' },
    },
    {
      title: 'In a narrow column',
      description: 'The same chart in a column at most 20rem wide: labels keep their own column and rows, so nothing overlaps.',
      attributes: { metric: 'share' },
      width: 'narrow',
    },
  ],
};
