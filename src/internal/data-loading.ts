/**
 * Data on demand, for the loader's build: the widgets of a page load the items they show, in the language they
 * show them in, before they render. In the one-file bundles and the npm modules no collection is registered here,
 * the dataset is whole, and nothing waits.
 */
import { addData, useCollectionIds, type Collection, type DataChunk } from './data.js';
import type { Locale } from './i18n.js';
import { warnOnce } from './warn.js';

/** What a widget shows: one item of a collection, or (without an id) the whole collection. */
export interface DataNeed {
  readonly collection: Collection;
  readonly id?: string;
}

type ChunkImport = () => Promise<{ default: DataChunk }>;

/**
 * Where a collection's chunks are, per language (written by scripts/data-chunks.mjs): one chunk for the whole
 * collection, or one per item id.
 */
export type CollectionChunks = { readonly [L in Locale]: ChunkImport | { readonly [id: string]: ChunkImport } };

type IndexImport = () => Promise<{ default: CollectionChunks }>;

/** Where each collection's chunks are listed: a small module per collection, loaded when a widget first needs it. */
let indexes: { readonly [C in Collection]?: IndexImport } = {};
const collections = new Map<Collection, CollectionChunks | Promise<void>>();
/** Chunks by collection, id and language: loading, or done (`true`, loaded or failed). */
const chunks = new Map<string, Promise<void> | true>();

/** The loader's build tells where the lists of chunks are; without it (the other builds) the dataset is whole. */
export function useDataChunks(where: { readonly [C in Collection]?: IndexImport }): void {
  indexes = where;
  takingTurns = true;
}

/**
 * First renders take turns (the loader's build): once a slice of the main thread has gone by, the next widget waits
 * for a new task, so that the browser can paint and answer the reader between widgets instead of laying out a page
 * of them at once. A widget waiting for its turn keeps its fallback, laid out (UprElement: the upr-waiting state).
 * The single file renders every widget at once.
 */
let takingTurns = false;
/** The turns given so far, each settled once its widget has rendered (or a task has gone by). */
let turns: Promise<unknown> = Promise.resolve();
/** When the slice of the current task began, and how many widgets it has rendered; undefined once that task is over. */
let slice: { started: number; renders: number } | undefined;
/** The kinds of widget (tag names) rendered on the page so far. */
const warm = new Set<string>();
/**
 * The slice, chosen by measurement (npm run bench, 5 runs each): with 25 ms and the first widget of each kind in a
 * task of its own, the demo articles' longest task under 4x throttling was 32 and 35 ms (medians; 39 at worst) and a
 * page of 100 widgets took 1.28x the CPU of its static twin; with 8 ms and no task of its own, 37 and 43 ms (55 at
 * worst), and 1.41x.
 */
const SLICE_MS = 25;

const newTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function startSlice(): { started: number; renders: number } {
  const current = { started: performance.now(), renders: 0 };
  slice = current;
  void newTask().then(() => {
    if (slice === current) slice = undefined;
  });
  return current;
}

/**
 * Undefined when a widget may render now (the other builds); else a promise of its turn. `rendered` is the
 * widget's first render, called when its turn comes: the next turn is measured once that render is done, since a
 * render happens after its turn, in microtasks of the same task, and a time taken before it would not count it.
 * (Waiting for the render is bounded by a task: a widget that left the page meanwhile never renders.)
 * The first widget of a kind gets a task of its own: its render is the slow one (its code runs for the first time,
 * its templates and styles are prepared), as long as a slice or longer.
 */
export function renderTurn(kind: string, rendered: () => Promise<unknown> | undefined): Promise<void> | undefined {
  if (!takingTurns) return undefined;
  const turn = turns.then(async () => {
    const first = !warm.has(kind);
    let current = slice ?? startSlice();
    if (performance.now() - current.started >= SLICE_MS || (first && current.renders > 0)) {
      await newTask();
      current = startSlice();
    }
    warm.add(kind);
    current.renders += 1;
  });
  turns = turn.then(() => {
    const render = rendered();
    return render && Promise.race([render, newTask()]);
  });
  return turn;
}

/**
 * Starts loading what a widget needs in a language, unless it is there already: a promise while it loads, else
 * undefined (an unknown id has nothing to load: the widget shows its fallback and names the known ids).
 */
export function dataPending(need: DataNeed | undefined, locale: Locale): Promise<void> | undefined {
  if (!need) return undefined;
  const where = collections.get(need.collection);
  if (where instanceof Promise) return where.then(() => dataPending(need, locale));
  if (!where) {
    const index = indexes[need.collection];
    if (!index) return undefined;
    const loading = index().then(
      (module) => {
        collections.set(need.collection, module.default);
        const perLanguage = module.default.en;
        if (typeof perLanguage !== 'function') useCollectionIds(need.collection, Object.keys(perLanguage));
      },
      (error: unknown) => {
        collections.set(need.collection, { en: {}, vi: {} });
        failed(need.collection, error);
      },
    );
    collections.set(need.collection, loading);
    return loading.then(() => dataPending(need, locale));
  }
  const perLanguage = where[locale];
  const load = typeof perLanguage === 'function' ? perLanguage : need.id && Object.hasOwn(perLanguage, need.id) ? perLanguage[need.id] : undefined;
  if (!load) return undefined;
  const key = `${need.collection}\u0000${need.id ?? ''}\u0000${locale}`;
  const state = chunks.get(key);
  if (state === true) return undefined;
  if (state) return state;
  const loading = load().then(
    (module) => {
      addData(module.default);
      chunks.set(key, true);
    },
    (error: unknown) => {
      // A failed request (offline, a missing file): the widget shows its fallback, and the page is not asked again.
      chunks.set(key, true);
      failed(`${need.collection}${need.id ? ` "${need.id}"` : ''} (${locale})`, error);
    },
  );
  chunks.set(key, loading);
  return loading;
}

function failed(what: string, error: unknown): void {
  warnOnce(`data\u0000${what}`, `upr-widgets: could not load the data of ${what}: ${String(error)}`);
}
