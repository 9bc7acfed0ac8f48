import { warnOnce } from './warn.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element in a way that is safe when a page loads the
 * script twice (tag managers do): the same version again is silent, another
 * version keeps the first definition and warns once, naming both versions.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.version === constructor.version) return;
  const ours = `upr-widgets ${constructor.version ?? '(unknown version)'}`;
  if (existing.version === undefined) {
    warnOnce(
      `define\u0000${tag}`,
      `${ours}: <${tag}> is already defined by another script; keeping that definition.`,
    );
    return;
  }
  warnOnce(
    `version\u0000${existing.version}\u0000${constructor.version}`,
    `${ours}: upr-widgets ${existing.version} is already loaded on this page; keeping ${existing.version}. Load one copy of upr-widgets per page.`,
  );
}
