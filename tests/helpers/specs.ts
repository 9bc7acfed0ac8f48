/**
 * The registry's widgets with their specs (`src/<tag>/spec.ts`), for tests that loop over every widget.
 *
 * The registry comes through the entry point, so that in the bundle group it is the bundle's; the specs are the
 * sources' (they are not in the bundle).
 */
import { widgets } from '../../src/index.js';
import type { RegisteredSpec, WidgetSpec } from '../../src/internal/widget-spec.js';

export const specs: readonly RegisteredSpec[] = await Promise.all(
  widgets.map(async ({ tag }) => {
    const { spec } = (await import(`../../src/${tag}/spec.ts`)) as { spec: WidgetSpec };
    return { tag, ...spec };
  }),
);

export const TAGS: readonly string[] = specs.map((s) => s.tag);

export function specOf(tag: string): RegisteredSpec {
  const found = specs.find((s) => s.tag === tag);
  if (!found) throw new Error(`no widget <${tag}> in the registry`);
  return found;
}
