/**
 * The one rule by which the Shanxi dataset pairs a member with a commander when no source says which
 * commander it had (every county works and named member outside the agricultural machinery network):
 *
 *   the nearest commander of the same network by straight-line distance between their seat points;
 *   commanders equally near (within 1 km, e.g. several in Taiyuan) take turns, the one with fewer
 *   members so far first, then dataset order.
 *
 * No preference for the member's own prefecture: most commanders stand in Taiyuan, Datong and Yangquan,
 * provincial cities that belonged to no prefecture, so such a preference would send Pingding's mine to
 * Jiexiu (174 km) rather than to Yangquan (15 km). Members are paired in dataset order, so the result is
 * deterministic. The rule and the distance are written into each pairing's reason, because the pairing is
 * not evidence of any real tie. An illustrative member stands no farther than MAX_ILLUSTRATIVE_KM from
 * the commander it is paired with: a reader would not believe an invented works answering to a plant
 * 200 km away.
 */

const EARTH_RADIUS_KM = 6371;
const SAME_DISTANCE_KM = 1;
export const MAX_ILLUSTRATIVE_KM = 120;

export function distanceKm(a, b) {
  const rad = (degrees) => (degrees * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

export const PAIRING_RULE = {
  en: "Paired by the dataset's rule for pairings no source records: the nearest commander of the same network by straight-line distance between seats; equally near commanders take turns.",
  zh: "按本数据集对无资料记载之配对的规则：同一工业网中按驻地直线距离最近的统帅；距离相同的统帅轮流分配。",
};

/**
 * A pairer for one dataset: `pair(member)` returns the commander record and the distance in km.
 * `regionById` gives each record's region, whose `point` is its seat.
 */
export function createPairing(commanders, regionById) {
  const members = new Map(commanders.map((c) => [c.id, 0]));
  return (member) => {
    const seat = regionById(member.region).point;
    const pool = commanders
      .filter((c) => c.sector === member.sector && c.region !== undefined)
      .map((c) => ({ commander: c, km: distanceKm(seat, regionById(c.region).point) }));
    if (pool.length === 0) throw new Error(`no commander of ${member.sector} to pair ${member.id} with`);
    const nearest = Math.min(...pool.map((c) => c.km));
    const tied = pool.filter((c) => c.km - nearest < SAME_DISTANCE_KM);
    const chosen = tied.reduce((best, c) =>
      (members.get(c.commander.id) ?? 0) < (members.get(best.commander.id) ?? 0) ? c : best,
    );
    members.set(chosen.commander.id, (members.get(chosen.commander.id) ?? 0) + 1);
    return chosen;
  };
}
