// Registers <upr-recommendations-chart> alone (the entry point, src/index.ts, registers every widget of the registry).
import { defineElement } from '../internal/define.js';
import { UprRecommendationsChart } from './upr-recommendations-chart.js';

defineElement(UprRecommendationsChart.tag, UprRecommendationsChart);
