// What the generated Vue types (dist/types/vue.d.ts) accept and refuse, through GlobalComponents as Volar reads
// them in templates; tests/frameworks/types.test.mjs runs tsc on this file.
import type {} from '../../../dist/types/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const quote: Props<'upr-quote'> = { quote: 'do-hung-viet-hundreds-of-recommendations', theme: 'auto', 'no-source': 'false' };
export const timeline: Props<'upr-timeline'> = { cycles: '4', onUprTimelineSelect: (event) => event.detail.id };
// @ts-expect-error a size the quote does not have
export const badSize: Props<'upr-quote'> = { quote: 'x', size: 'huge' };
// @ts-expect-error the fact's id is required
export const noFact: Props<'upr-fact-card'> = { variant: 'text' };
