/**
 * Keeps cytoscape's texture cache key index from growing without end. The canvas renderer caches each
 * element's and label's picture under a style key (ElementTextureCacheLookup), and keeps, for every key
 * it has ever seen, the set of elements drawn with it: when an element's key changes its id leaves the
 * old key's set, but the emptied set stays in the index for good. A label's key includes its font size,
 * which the label manager (labels.ts) sets from the zoom, so every camera move mints new keys: a kiosk
 * playing its story for hours gained about 34 empty sets a step (some 15,000 over 450 steps, 1.7 MB of
 * the heap). Empty sets carry nothing (cytoscape makes a fresh one when a key is used again), so they
 * are dropped once they outnumber the live keys.
 */
import type { Core } from "cytoscape";
import { rendererInternals } from "./rendererInternals";

/** The part of cytoscape's ElementTextureCacheLookup (cytoscape 3.x) this module reads. */
export interface TextureKeyIndex {
  /** Style key → ids of the elements whose picture is cached under it. */
  idsByKey: Map<unknown, Set<string>>;
  /** Element id → its current key. */
  keyForId: Map<string, unknown>;
}

/** The renderer's element, label, source label and target label texture caches. */
const TEXTURE_CACHES = ["eleTxrCache", "lblTxrCache", "slbTxrCache", "tlbTxrCache"] as const;
/** Empty sets tolerated beyond the live keys before a sweep, so that sweeps stay rare and cheap. */
const SLACK = 256;

/** Drops the empty sets from an index once it holds more than its live keys and the slack. */
export function pruneTextureKeyIndex(index: TextureKeyIndex): number {
  if (index.idsByKey.size <= index.keyForId.size + SLACK) return 0;
  let dropped = 0;
  for (const [key, ids] of index.idsByKey) {
    if (ids.size > 0) continue;
    index.idsByKey.delete(key);
    dropped += 1;
  }
  return dropped;
}

type RendererData = Partial<Record<(typeof TEXTURE_CACHES)[number], { lookup?: TextureKeyIndex }>>;

/** The key indexes of the renderer's texture caches (none for a headless graph). */
export function textureKeyIndexes(cy: Core): TextureKeyIndex[] {
  const data = (rendererInternals(cy) as { data?: RendererData } | null)?.data;
  if (!data) return [];
  return TEXTURE_CACHES.flatMap((name) => {
    const lookup = data[name]?.lookup;
    return lookup?.idsByKey instanceof Map && lookup.keyForId instanceof Map ? [lookup] : [];
  });
}

/** Sweeps the texture key indexes before each frame is drawn; a headless graph has none. */
export function keepTextureKeysBounded(cy: Core): void {
  const renderer = rendererInternals(cy);
  const indexes = textureKeyIndexes(cy);
  if (!renderer?.beforeRender || !renderer.beforeRenderPriorities || indexes.length === 0) return;
  const sweep = () => {
    for (const index of indexes) pruneTextureKeyIndex(index);
  };
  // After the frame's style and bounds are brought up to date, before the textures are drawn.
  renderer.beforeRender(sweep, renderer.beforeRenderPriorities.eleCalcs - 1);
}
