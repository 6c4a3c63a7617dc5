// A deterministic synthetic edge list that is not hub-and-spoke, for the layout-by-links bench and tests.
//
// Shape: `count` towns in communities of about 40; each town links to two others of its community, one
// town in twenty also to a town of another community, and one town in a hundred is a busy junction with
// twelve more links anywhere. Hubs are few and spokes reach several of them, so the import lays it out
// by links. The same count and seed always give the same text (a seeded PRNG, no Math.random).

import { createRandom } from "./generate-synthetic.mjs";

/**
 * @param {number} count
 * @param {{ seed?: number }} [options]
 */
export function syntheticEdgeListText(count, { seed = 1958 } = {}) {
  const random = createRandom(seed + count);
  const pick = (n) => Math.floor(random() * n);
  const community = 40;
  const name = (i) => `town-${i}`;
  const rows = ["source,target"];
  for (let i = 0; i < count; i++) {
    const start = i - (i % community);
    const size = Math.min(community, count - start);
    for (let k = 0; k < 2; k++) {
      const j = start + pick(size);
      if (j !== i) rows.push(`${name(i)},${name(j)}`);
    }
    if (i % 20 === 7) rows.push(`${name(i)},${name(pick(count))}`);
    if (i % 100 === 0) for (let k = 0; k < 12; k++) rows.push(`${name(i)},${name(pick(count))}`);
  }
  return `${rows.join("\n")}\n`;
}
