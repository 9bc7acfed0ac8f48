/**
 * upr-widgets: importing this module registers every element.
 *
 * Each widget lives in its own folder as a side-effect-free class module plus a
 * `define.ts` that registers it; this entry imports every `define.ts`. It is
 * also the entry of the one-file bundles in dist/.
 */
import './upr-fact-card/define.js';
import './upr-quote/define.js';
import './upr-timeline/define.js';
import './upr-recommendations-chart/define.js';
import './upr-term/define.js';
import './upr-sources/define.js';

export { dataset } from './internal/data.js';
export { VERSION } from './internal/version.js';
export { UprFactCard } from './upr-fact-card/upr-fact-card.js';
export { UprQuote } from './upr-quote/upr-quote.js';
export { UprTimeline } from './upr-timeline/upr-timeline.js';
export { UprRecommendationsChart } from './upr-recommendations-chart/upr-recommendations-chart.js';
export { UprTerm } from './upr-term/upr-term.js';
export { UprSources } from './upr-sources/upr-sources.js';
