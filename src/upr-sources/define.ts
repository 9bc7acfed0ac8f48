// Registers <upr-sources> alone (the entry point, src/index.ts, registers every widget of the registry).
import { defineElement } from '../internal/define.js';
import { UprSources } from './upr-sources.js';

defineElement(UprSources.tag, UprSources);
