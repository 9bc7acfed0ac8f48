import { defineElement } from '../internal/define.js';
import { UprTimeline } from './upr-timeline.js';

defineElement('upr-timeline', UprTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'upr-timeline': UprTimeline;
  }
}
