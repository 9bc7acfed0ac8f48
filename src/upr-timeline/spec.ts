// What the tools around the library need to know about <upr-timeline>: see src/internal/widget-spec.ts.
import type { WidgetSpec } from '../internal/widget-spec.js';

export const spec: WidgetSpec = {
  intro: 'Viet Nam’s UPR history. Open an item to read its summary, figures and sources.',
  examples: [
    {
      title: 'Vertical, one cycle',
      description: 'cycles="4": the events of the fourth cycle, under its label.',
      attributes: { cycles: '4' },
    },
    {
      title: 'Horizontal',
      description: 'layout="horizontal" with only the reviews and adoptions; the row scrolls sideways with its buttons or the arrow keys.',
      attributes: { layout: 'horizontal', kinds: 'review,adoption' },
      width: 'wide',
    },
    {
      title: 'Automatic layout, wide placement',
      description: 'layout="auto" follows the widget’s own width: horizontal from 720 px, so here on a wide screen, vertical on a phone.',
      attributes: { layout: 'auto', from: '2014', to: '2024', 'max-items': '8' },
      width: 'wide',
    },
    {
      title: 'Automatic layout, narrow placement',
      description: 'The same attributes in a column at most 20rem wide: always vertical.',
      attributes: { layout: 'auto', from: '2014', to: '2024', 'max-items': '8' },
      width: 'narrow',
    },
    {
      title: 'A highlighted event, with a few around it',
      description: 'highlight marks the event and opens it; max-items="5" keeps the five events around it.',
      attributes: { highlight: 'cycle-2-review', 'max-items': '5' },
    },
    {
      title: 'Heading level',
      description: 'heading-level="4": the item headings are h4, under this example’s h3.',
      attributes: { kinds: 'review', 'heading-level': '4' },
    },
    {
      title: 'Filters that select nothing',
      description: 'No election belongs to a UPR cycle, so this combination shows a short notice instead of a list.',
      attributes: { kinds: 'election', cycles: '3' },
    },
  ],
};
