import { defineElement } from '../internal/define.js';
import { UprRecommendationsChart } from './upr-recommendations-chart.js';

defineElement('upr-recommendations-chart', UprRecommendationsChart);

declare global {
  interface HTMLElementTagNameMap {
    'upr-recommendations-chart': UprRecommendationsChart;
  }
}
