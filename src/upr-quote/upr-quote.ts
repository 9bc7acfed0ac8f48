import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { byId, idsOf } from '../internal/data.js';
import { UprElement } from '../internal/upr-element.js';
import { styles } from './upr-quote.styles.js';

/**
 * @summary (work in progress)
 *
 * @attr lang - Language of the widget: `vi…` for Vietnamese, anything else English. Defaults to the closest ancestor's `lang`, then `<html lang>`.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @csspart base - The widget's outer box.
 */
export class UprQuote extends UprElement {
  static override styles = [UprElement.styles, styles];

  /** Id of the item to show. */
  @property() quote?: string;

  protected renderContent(): TemplateResult | undefined {
    const item = byId('quotes', this.quote);
    if (!item) {
      this.reportUnknown('quote', this.quote, idsOf('quotes'));
      return undefined;
    }
    return html`<p>${item.id}</p>`;
  }
}
