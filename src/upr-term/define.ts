// Registers <upr-term> alone (the entry point, src/index.ts, registers every widget of the registry).
import { defineElement } from '../internal/define.js';
import { UprTerm } from './upr-term.js';

defineElement(UprTerm.tag, UprTerm);
