// Registers <upr-timeline> alone (the entry point, src/index.ts, registers every widget of the registry).
import { defineElement } from '../internal/define.js';
import { UprTimeline } from './upr-timeline.js';

defineElement(UprTimeline.tag, UprTimeline);
