import { defineElement } from '../internal/define.js';
import { UprQuote } from './upr-quote.js';

defineElement('upr-quote', UprQuote);

declare global {
  interface HTMLElementTagNameMap {
    'upr-quote': UprQuote;
  }
}
