// Registers <upr-quote> alone (the entry point, src/index.ts, registers every widget of the registry).
import { defineElement } from '../internal/define.js';
import { UprQuote } from './upr-quote.js';

defineElement(UprQuote.tag, UprQuote);
