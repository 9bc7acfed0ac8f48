import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatIsoDate } from '../../src/internal/format.js';
import { UprElement } from '../../src/internal/upr-element.js';

export const TEST_ITEMS: Record<string, { en: string; vi: string; date: string }> = {
  'cycle-1-review': { en: 'First review', vi: 'Lần rà soát thứ nhất', date: '2009-05-08' },
  'cycle-2-review': { en: 'Second review', vi: 'Lần rà soát thứ hai', date: '2014-02' },
  'cycle-3-review': { en: 'Third review', vi: 'Lần rà soát thứ ba', date: '2019' },
};

/** A minimal widget on the shared base, standing in for the real ones in base tests. */
export class TestWidget extends UprElement {
  @property() item?: string;

  private found?: (typeof TEST_ITEMS)[string];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.found = this.item ? TEST_ITEMS[this.item] : undefined;
    if (!this.found) this.reportUnknown('item', this.item, Object.keys(TEST_ITEMS));
  }

  protected renderContent(): TemplateResult | undefined {
    const { found } = this;
    if (!found) return undefined;
    return html`<p part="body">
      <span class="title">${found[this.locale]}</span>
      <time datetime=${found.date}>${formatIsoDate(found.date, this.locale)}</time>
    </p>`;
  }
}

let counter = 0;
/** A fresh tag per test, so that registration tests do not see each other. */
export function uniqueTag(prefix = 'test-widget'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
