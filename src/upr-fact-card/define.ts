// Registers <upr-fact-card> alone (the entry point, src/index.ts, registers every widget of the registry).
import { defineElement } from '../internal/define.js';
import { UprFactCard } from './upr-fact-card.js';

defineElement(UprFactCard.tag, UprFactCard);
