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
let turns: Promise<void> = Promise.resolve();
let queued = 0;
let sliceStarted = -Infinity;
/**
 * The slice, chosen by measurement (npm run bench, 5 runs each): with 25 ms, the demo articles' longest task under 4x
 * throttling was 61 and 68 ms (medians; 80 and 85 without turns) and a page of 100 widgets took 1.1x the CPU of its
 * static twin (0.89x without turns); with 10 ms, 87 and 61 ms, and 1.56x.
 */
const SLICE_MS = 25;

const newTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Undefined when a widget may render now; else a promise of its turn. */
export function renderTurn(): Promise<void> | undefined {
  if (!takingTurns) return undefined;
  // the first widget of the page starts the first slice
  if (sliceStarted === -Infinity) sliceStarted = performance.now();
  if (queued === 0 && performance.now() - sliceStarted < SLICE_MS) return undefined;
  queued += 1;
  turns = turns.then(async () => {
    if (performance.now() - sliceStarted >= SLICE_MS) {
      await newTask();
      sliceStarted = performance.now();
    }
    queued -= 1;
  });
  return turns;
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
