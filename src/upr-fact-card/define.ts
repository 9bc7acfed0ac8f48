import { defineElement } from '../internal/define.js';
import { UprFactCard } from './upr-fact-card.js';

defineElement('upr-fact-card', UprFactCard);

declare global {
  interface HTMLElementTagNameMap {
    'upr-fact-card': UprFactCard;
  }
}
