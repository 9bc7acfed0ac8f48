/**
 * The registry: the one list of widgets, in the order the gallery and the reference show them.
 *
 * The entry point defines each of them; the tests, the demo and the benchmark loop over this list and find the
 * rest of what they need in the widget's folder, named by its tag: `<tag>/spec.ts` (the item it shows, example
 * configurations, test plans). Adding a widget is a folder (see CONTRIBUTING.md), an import and an entry here.
 */
import { UprFactCard } from './upr-fact-card/upr-fact-card.js';
import { UprQuote } from './upr-quote/upr-quote.js';
import { UprRecommendationsChart } from './upr-recommendations-chart/upr-recommendations-chart.js';
import { UprSources } from './upr-sources/upr-sources.js';
import { UprTerm } from './upr-term/upr-term.js';
import { UprTimeline } from './upr-timeline/upr-timeline.js';

export const widgets = [UprQuote, UprFactCard, UprTimeline, UprRecommendationsChart, UprTerm, UprSources] as const;

export type Widget = (typeof widgets)[number];
export type WidgetTag = Widget['tag'];

export { UprFactCard, UprQuote, UprRecommendationsChart, UprSources, UprTerm, UprTimeline };
