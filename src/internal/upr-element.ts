import { html, isServer, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from './base.styles.js';
import { dataPending, renderTurn, type DataNeed } from './data-loading.js';
import { awaitCitations, reportCitations, reportServerWidget, withdrawCitations } from './citations.js';
import { strings, type Locale, type UiStrings } from './i18n.js';
import { pageTheme, resolveLocale, unwatchLanguage, watchLanguage } from './language.js';
import { VERSION } from './version.js';
import { warnInvalidAttribute } from './warn.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The base of every upr-* widget: language from the page, theme, validation of
 * attributes with one warning each, and the fallback for bad configuration.
 *
 * A widget implements `renderContent()` and returns `undefined` when its
 * configuration cannot be shown; the base then shows the author's own light
 * DOM (a no-JavaScript fallback) or a localized "content unavailable" notice.
 *
 * A widget that shows sourced material overrides `citedSources()`, so that `<upr-sources>` can list what the
 * page cites (the protocol is described in citations.ts).
 */
export abstract class UprElement extends LitElement {
  /**
   * The upr-widgets version that defined the element (from package.json): a second copy of the library on the
   * page reads it to tell a harmless reload from a conflicting version.
   */
  static version = VERSION;

  /** The element's tag name: each widget sets its own, and the registry (src/widgets.ts) defines it. */
  static readonly tag: string;

  static override styles: CSSResultGroup = baseStyles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. Without it, the widget takes
   * the page's theme, `data-upr-theme` on `<html>` or another ancestor (what a site's dark-mode toggle sets), and
   * `light` when there is none.
   */
  @property() theme?: string;

  /** The page's theme (`data-upr-theme` on an ancestor), as written, and the element it is on. */
  @state() private pageTheme?: { value: string; on: Element };

  /** The language the widget renders in, resolved from `lang` on the element, an ancestor or `<html>`. */
  @state() protected locale: Locale = 'en';

  /** The theme the `theme` attribute asks for, read in willUpdate. */
  private resolvedTheme: Theme = 'light';

  /** What the last update cited, reported again if the element comes back to the page. */
  private citations: readonly string[] = [];

  protected get strings(): UiStrings {
    return strings[this.locale];
  }

  protected get effectiveTheme(): Theme {
    return this.resolvedTheme;
  }

  /** Whether the element hydrates a server render: Lit's hydrate support is loaded and the HTML gave it a shadow root. */
  private hydrating = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer && this.shadowRoot) {
      if ('litElementHydrateSupport' in globalThis) this.hydrating = true;
      // Without Lit's hydrate support (the one-file bundle over a server render), a render would go beside the
      // server's: it starts from an empty root instead.
      else this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /**
   * Loads the data that elements not yet upgraded will show (the loader's build, before it defines their tag, so
   * that they render at once, as with the single file). Their properties are read from their attributes as Lit
   * will read them. (The loader also passes a promise that settles once it has defined the other widgets it is
   * loading: see UprSources.)
   */
  static async loadDataFor(elements: Iterable<Element>): Promise<void> {
    this.finalize();
    const needs = [...elements].map((element) => {
      const view: Record<PropertyKey, unknown> = {};
      for (const [name, options] of this.elementProperties) {
        if (options.attribute === false || options.state) continue;
        const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
        const value = element.getAttribute(attribute);
        const { converter } = options;
        view[name] = typeof converter === 'function' ? converter(value, options.type) : converter?.fromAttribute ? converter.fromAttribute(value, options.type) : value ?? undefined;
      }
      return dataPending((this.prototype as UprElement).dataNeeded.call(view), resolveLocale(element));
    });
    await Promise.all(needs);
  }

  /** Whether the element waits, before it connects, for its data or its turn to render (the loader's build). */
  private waiting = false;

  /** Whether its turn to render has come (renderTurn). */
  private hadTurn = false;

  /**
   * The element's custom states: `upr-waiting` while it waits, which upr-fallback.css lays out as undefined.
   * Attached when it first waits (the loader's build only).
   */
  private internals?: ElementInternals;

  private setWaiting(waiting: boolean): void {
    this.waiting = waiting;
    try {
      if (waiting) (this.internals ??= this.attachInternals()).states?.add('upr-waiting');
      else this.internals?.states?.delete('upr-waiting');
    } catch {
      // an engine that names states `--upr-waiting` only (Chromium before 125): the fallback is still shown
    }
  }

  /**
   * What the widget shows now, for the loader's build to load before it renders (data-loading.ts): the item an
   * attribute names, or a whole collection. The base shows nothing from the dataset.
   */
  protected dataNeeded(): DataNeed | undefined {
    return undefined;
  }

  override connectedCallback(): void {
    // Until its data is here, and its turn (renderTurn), the element is not connected for Lit: no shadow root yet,
    // so the page's fallback stays.
    // (Once rendered, it connects at once, and an update for another language waits for the data: scheduleUpdate.)
    if (this.waiting) return;
    const data = this.hasUpdated ? undefined : this.pending(resolveLocale(this));
    // one turn each: the element goes on once its turn has come
    const turn =
      data || this.hasUpdated || this.hadTurn
        ? undefined
        : renderTurn(this.localName, () => (this.isConnected ? this.updateComplete : undefined))?.then(() => (this.hadTurn = true));
    const pending = data ?? turn;
    if (pending) {
      this.setWaiting(true);
      void pending.then(() => {
        this.setWaiting(false);
        if (this.isConnected) this.connectedCallback();
      });
      return;
    }
    super.connectedCallback();
    this.syncFromPage();
    watchLanguage(this);
    // Moved elsewhere on the page: Lit does not render again, so say again what the last render cited.
    reportCitations(this, this.citations);
  }

  override disconnectedCallback(): void {
    // Never connected for Lit (it left the page while waiting): nothing to undo.
    if (this.waiting) return;
    super.disconnectedCallback();
    unwatchLanguage(this);
    withdrawCitations(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.syncLocale();
  }

  /** Re-resolves the language; called when `lang` changes on the element. */
  syncLocale(): void {
    const next = resolveLocale(this);
    if (next !== this.locale) this.locale = next;
  }

  /** Re-reads the language and the page's theme; called when any `lang` or `data-upr-theme` on the page changes. */
  syncFromPage(): void {
    this.syncLocale();
    const next = pageTheme(this);
    if (next?.value !== this.pageTheme?.value || next?.on !== this.pageTheme?.on) this.pageTheme = next;
  }

  /**
   * Reads an enumerated attribute the way HTML does (trimmed, any case). An
   * invalid value warns once, naming the closest valid values, and falls back.
   */
  protected option<T extends string>(
    attribute: string,
    value: string | null | undefined,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (value == null) return fallback;
    const normalized = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
    warnInvalidAttribute(this.localName, attribute, value, allowed, `Using "${fallback}".`);
    return fallback;
  }

  /** The page's `data-upr-theme`, read as the `theme` attribute is; a bad value warns once, naming its element. */
  private pageOption(on: Element, value: string): Theme {
    const normalized = value.trim().toLowerCase();
    if ((THEMES as readonly string[]).includes(normalized)) return normalized as Theme;
    warnInvalidAttribute(on.localName, 'data-upr-theme', value, THEMES, 'The widgets use "light".');
    return 'light';
  }

  /** Reports an attribute whose value names nothing in the dataset. */
  protected reportUnknown(attribute: string, value: string | null | undefined, valid: readonly string[]): void {
    const shown = value ?? '';
    warnInvalidAttribute(
      this.localName,
      attribute,
      shown,
      shown.trim() ? valid : [],
      shown.trim() ? 'Showing the fallback.' : 'The attribute is required; showing the fallback.',
    );
  }

  /**
   * The widget's own markup, or `undefined` when its configuration cannot be shown. It only draws what
   * willUpdate read from the attributes: no parsing, no warnings, no state changes.
   */
  protected abstract renderContent(): TemplateResult | undefined;

  /**
   * Ids of the sources behind what the widget shows now, for `<upr-sources>`: none while it shows its fallback.
   * Called after every render. Widgets that show sourced material override it (see citations.ts).
   */
  protected citedSources(): readonly string[] {
    return [];
  }

  private hasAuthorContent(): boolean {
    return Array.from(this.childNodes).some(
      (node) =>
        node.nodeType === Node.ELEMENT_NODE ||
        (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
  }

  /**
   * A server render, or a client hydrating one: the notice is the fallback content of a slot, so that one template
   * serves both (hydration needs the server's). On the server the element's children are not known, so the
   * default slot shows them, or the notice when there are none; the client then names the slot where the author
   * wrote nothing (white space alone would fill the default slot and hide the notice).
   */
  private renderServerFallback(): TemplateResult {
    const name = isServer || this.hasAuthorContent() ? undefined : 'upr-notice';
    return html`<slot name=${ifDefined(name)}><p class="unavailable" part="unavailable">${this.strings.unavailable}</p></slot>`;
  }

  private renderFallback(): TemplateResult {
    if (isServer || this.hydrating) return this.renderServerFallback();
    return this.hasAuthorContent()
      ? html`<slot></slot>`
      : html`<p class="unavailable" part="unavailable">${this.strings.unavailable}</p>`;
  }

  /**
   * Reads the attributes, warning once about each bad value. Widgets extend it (calling this first) to read
   * theirs, so that render() only draws what willUpdate decided and has no side effects.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) {
      // A server render never connects the element: the language and the page's theme are read here, before the widget reads its
      // strings, and what it cites is asked for when a <upr-sources> after it renders.
      this.locale = resolveLocale(this);
      this.pageTheme = pageTheme(this);
      reportServerWidget(this, () => this.citedSources());
    }
    // The element's own theme first; else the page's, read like it (a bad value warns once, naming where it is).
    const page = this.pageTheme;
    this.resolvedTheme =
      this.theme != null || !page
        ? this.option('theme', this.theme, THEMES, 'light')
        : this.pageOption(page.on, page.value);
  }

  /** A new item or language shows once its data is here: until then the element keeps what it shows. */
  // Lit's own signature, which returns void or a promise
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.pending(this.locale);
    return pending ? pending.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * What the element waits for before it renders in a language: its data (dataNeeded), which `<upr-sources>` on
   * the page then waits for too, until the element has rendered with it and said what it cites.
   */
  protected pending(locale: Locale): Promise<unknown> | undefined {
    const data = dataPending(this.dataNeeded(), locale);
    // (an element that left the page meanwhile renders nothing: not waited for)
    if (data) awaitCitations(data.then(() => (this.isConnected ? this.updateComplete : undefined)));
    return data;
  }

  /** Renders, then reports what the widget cites; here rather than in render(), which a widget may replace. */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.citations = this.citedSources();
    // Lit may finish an update that was pending when the element left the page: reported if it comes back.
    if (this.isConnected) reportCitations(this, this.citations);
  }

  protected override render(): TemplateResult {
    const content = this.renderContent();
    return html`<div part="base" class="base theme-${this.effectiveTheme}">
      ${content ?? this.renderFallback()}
    </div>`;
  }
}
