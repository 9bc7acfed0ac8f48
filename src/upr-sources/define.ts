import { defineElement } from '../internal/define.js';
import { UprSources } from './upr-sources.js';

defineElement('upr-sources', UprSources);

declare global {
  interface HTMLElementTagNameMap {
    'upr-sources': UprSources;
  }
}
