import type { ReactiveController, ReactiveElement } from 'lit';

export interface ArrowKeysOptions {
  /** The items to move between, in reading order (read when a key is pressed). */
  items(): readonly HTMLElement[];
  /** Keys that move to the next item and to the previous one; Home and End always go to the first and the last. */
  next: readonly string[];
  previous: readonly string[];
  /** Whether the keys apply now (the timeline's items are a row only in the horizontal layout). */
  enabled?(): boolean;
  /** Moving focus does not scroll the page: the host brings the item into view itself, in `moved`. */
  preventScroll?: boolean;
  /** Called after focus moved to an item. */
  moved?(item: HTMLElement, index: number): void;
}

/**
 * Keyboard navigation between a widget's items (the timeline's events in a row, the chart's bars): the arrow keys
 * move focus to the next or previous item, Home and End to the ends, without wrapping; a key with a modifier is
 * left to the browser. It also remembers which item had focus last (`current`), for a widget whose items are a
 * single tab stop (a roving tabindex): the host renders `tabindex=${i === keys.current ? 0 : -1}`.
 */
export class ArrowKeysController implements ReactiveController {
  /** Index of the item focused last; the first until the reader focuses one. */
  current = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ArrowKeysOptions,
  ) {
    host.addController(this);
  }

  // On the shadow root: focus moving between two items inside it is not announced to the host.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  /** The item an event inside the host's shadow root happened on, and its index. */
  private itemOf(event: Event): { items: readonly HTMLElement[]; index: number } {
    const items = this.options.items();
    const path = event.composedPath();
    return { items, index: items.findIndex((item) => path.includes(item)) };
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const { index } = this.itemOf(event);
    if (index === -1 || index === this.current) return;
    this.current = index;
    this.host.requestUpdate();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const { next, previous } = this.options;
    const step = next.includes(event.key) ? 1 : previous.includes(event.key) ? -1 : 0;
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
    if (this.options.enabled && !this.options.enabled()) return;
    const { items, index } = this.itemOf(event);
    if (index === -1) return;
    event.preventDefault();
    const last = items.length - 1;
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? last : Math.min(last, Math.max(0, index + step));
    items[target].focus({ preventScroll: this.options.preventScroll ?? false });
    this.options.moved?.(items[target], target);
  };
}
