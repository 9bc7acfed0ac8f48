import { defineElement } from '../internal/define.js';
import { UprTerm } from './upr-term.js';

defineElement('upr-term', UprTerm);

declare global {
  interface HTMLElementTagNameMap {
    'upr-term': UprTerm;
  }
}
