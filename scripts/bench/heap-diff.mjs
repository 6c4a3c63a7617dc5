// Compares two V8 heap snapshots (the kiosk soak's, `npm run bench -- --kiosk-snapshots=dir`, or any
// taken with CDP HeapProfiler.takeHeapSnapshot) by constructor: how many objects, their own size and
// the size they retain (a dominator tree, as DevTools computes it, without weak edges), before and
// after; then, for the groups that grew most, the objects new in the second snapshot and a shortest
// path from the GC roots to one of them, which says what holds them.
//
//   node scripts/bench/heap-diff.mjs before.heapsnapshot after.heapsnapshot [--top 25] [--paths 8]

import fs from "node:fs";

function load(file) {
  const raw = JSON.parse(fs.readFileSync(file, "utf8"));
  const meta = raw.snapshot.meta;
  const nodeFields = meta.node_fields;
  const edgeFields = meta.edge_fields;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const N = nodeFields.length;
  const E = edgeFields.length;
  const count = raw.nodes.length / N;
  const at = (name) => nodeFields.indexOf(name);
  const [typeAt, nameAt, idAt, sizeAt, edgesAt] = ["type", "name", "id", "self_size", "edge_count"].map(at);
  const [edgeTypeAt, edgeNameAt, edgeToAt] = ["type", "name_or_index", "to_node"].map((f) =>
    edgeFields.indexOf(f),
  );
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + raw.nodes[i * N + edgesAt];
  const weak = edgeTypes.indexOf("weak");
  const shortcut = edgeTypes.indexOf("shortcut");
  const strings = raw.strings;
  const node = (i) => ({
    type: nodeTypes[raw.nodes[i * N + typeAt]],
    name: strings[raw.nodes[i * N + nameAt]],
    id: raw.nodes[i * N + idAt],
    size: raw.nodes[i * N + sizeAt],
  });
  /** Calls `visit(to, edgeIndex)` for every strong edge leaving node `i`. */
  const forEachEdge = (i, visit) => {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e++) {
      const type = raw.edges[e * E + edgeTypeAt];
      if (type === weak || type === shortcut) continue;
      visit(raw.edges[e * E + edgeToAt] / N, e);
    }
  };
  const edgeLabel = (e) => {
    const type = edgeTypes[raw.edges[e * E + edgeTypeAt]];
    const name = raw.edges[e * E + edgeNameAt];
    return type === "element" || type === "hidden" ? `[${name}]` : `.${strings[name]}`;
  };
  return { count, node, forEachEdge, edgeLabel };
}

/** The group an object is counted in: its constructor, or the kind of thing it is. */
function groupOf({ type, name }) {
  if (type === "object" || type === "native") return name.split(" ")[0] || "(object)";
  if (type === "closure") return `${name || "(anonymous)"}()`;
  return `(${type})`;
}

/** Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm) and retained sizes. */
function retained(snapshot) {
  const { count, node, forEachEdge } = snapshot;
  const order = new Int32Array(count).fill(-1); // reverse postorder number
  const byOrder = [];
  const stack = [0];
  const iter = new Uint32Array(count);
  const seen = new Uint8Array(count);
  seen[0] = 1;
  const children = (i) => {
    const out = [];
    forEachEdge(i, (to) => out.push(to));
    return out;
  };
  const kids = new Array(count);
  kids[0] = children(0);
  const post = [];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const list = kids[top];
    if (iter[top] < list.length) {
      const next = list[iter[top]++];
      if (!seen[next]) {
        seen[next] = 1;
        kids[next] = children(next);
        stack.push(next);
      }
    } else {
      post.push(stack.pop());
    }
  }
  for (let k = post.length - 1; k >= 0; k--) {
    order[post[k]] = byOrder.length;
    byOrder.push(post[k]);
  }
  const preds = Array.from({ length: count }, () => []);
  for (const i of byOrder) for (const to of kids[i]) preds[to].push(i);
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (order[a] > order[b]) a = idom[a];
      while (order[b] > order[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 1; k < byOrder.length; k++) {
      const i = byOrder[k];
      let dom = -1;
      for (const p of preds[i]) {
        if (idom[p] === -1) continue;
        dom = dom === -1 ? p : intersect(p, dom);
      }
      if (dom !== -1 && idom[i] !== dom) {
        idom[i] = dom;
        changed = true;
      }
    }
  }
  const size = new Float64Array(count);
  for (let k = byOrder.length - 1; k >= 0; k--) {
    const i = byOrder[k];
    size[i] += node(i).size;
    if (i !== 0) size[idom[i]] += size[i];
  }
  return { idom, size, reachable: seen };
}

function summarise(snapshot) {
  const { count, node } = snapshot;
  const { idom, size, reachable } = retained(snapshot);
  const groups = new Map();
  const ids = new Map();
  for (let i = 0; i < count; i++) {
    if (!reachable[i]) continue;
    const n = node(i);
    const group = groupOf(n);
    ids.set(n.id, i);
    const g = groups.get(group) ?? { count: 0, self: 0, retained: 0 };
    g.count += 1;
    g.self += n.size;
    // A group's retained size counts each object once: not again under another of the same group.
    let up = idom[i];
    while (up > 0 && groupOf(node(up)) !== group) up = idom[up];
    if (up <= 0) g.retained += size[i];
    groups.set(group, g);
  }
  return { groups, ids };
}

/** A shortest path of strong edges from the GC roots to node `target`. */
function pathTo(snapshot, target) {
  const { count, node, forEachEdge, edgeLabel } = snapshot;
  const from = new Int32Array(count).fill(-1);
  const via = new Int32Array(count).fill(-1);
  from[0] = 0;
  const queue = [0];
  for (let q = 0; q < queue.length && from[target] === -1; q++) {
    const i = queue[q];
    forEachEdge(i, (to, e) => {
      if (from[to] !== -1) return;
      from[to] = i;
      via[to] = e;
      queue.push(to);
    });
  }
  if (from[target] === -1) return "(unreachable)";
  const steps = [];
  for (let i = target; i !== 0; i = from[i]) {
    const n = node(i);
    steps.push(
      `${edgeLabel(via[i])} → ${groupOf(n)}${n.type === "string" ? ` "${n.name.slice(0, 40)}"` : ""}`,
    );
  }
  return steps.reverse().join("\n      ");
}

function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : Number(args[i + 1]);
  };
  const [beforeFile, afterFile] = args.filter(
    (a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"),
  );
  const top = option("--top", 25);
  const paths = option("--paths", 8);
  const before = load(beforeFile);
  const after = load(afterFile);
  const a = summarise(before);
  const b = summarise(after);
  const kb = (bytes) => (bytes / 1e3).toFixed(1);
  const rows = [...new Set([...a.groups.keys(), ...b.groups.keys()])].map((group) => {
    const x = a.groups.get(group) ?? { count: 0, self: 0, retained: 0 };
    const y = b.groups.get(group) ?? { count: 0, self: 0, retained: 0 };
    return { group, x, y, selfGrowth: y.self - x.self, retainedGrowth: y.retained - x.retained };
  });
  const total = (s) => [...s.groups.values()].reduce((sum, g) => sum + g.self, 0);
  console.log(
    `reachable heap: ${kb(total(a))} kB → ${kb(total(b))} kB (${kb(total(b) - total(a))} kB)\n\nby own (self) size growth:`,
  );
  console.log("| group | count | self kB | retained kB |\n|---|---:|---:|---:|");
  for (const r of rows.sort((p, q) => q.selfGrowth - p.selfGrowth).slice(0, top))
    console.log(
      `| ${r.group} | ${r.x.count} → ${r.y.count} | ${kb(r.x.self)} → ${kb(r.y.self)} (${kb(r.selfGrowth)}) | ${kb(r.x.retained)} → ${kb(r.y.retained)} (${kb(r.retainedGrowth)}) |`,
    );
  console.log("\nby retained size growth:");
  console.log("| group | count | retained kB |\n|---|---:|---:|");
  for (const r of rows.sort((p, q) => q.retainedGrowth - p.retainedGrowth).slice(0, top))
    console.log(
      `| ${r.group} | ${r.x.count} → ${r.y.count} | ${kb(r.x.retained)} → ${kb(r.y.retained)} (${kb(r.retainedGrowth)}) |`,
    );

  // Objects of the second snapshot that the first did not have (ids are stable within one page).
  const fresh = new Map();
  for (const [id, i] of b.ids) {
    if (a.ids.has(id)) continue;
    const n = after.node(i);
    const group = groupOf(n);
    const f = fresh.get(group) ?? { count: 0, self: 0, sample: [] };
    f.count += 1;
    f.self += n.size;
    if (f.sample.length < 3) f.sample.push(i);
    fresh.set(group, f);
  }
  const freshRows = [...fresh].sort((p, q) => q[1].self - p[1].self).slice(0, top);
  console.log("\nnew in the second snapshot and still alive:\n| group | count | self kB |\n|---|---:|---:|");
  for (const [group, f] of freshRows) console.log(`| ${group} | ${f.count} | ${kb(f.self)} |`);
  console.log("\nwhat holds them (a shortest path from the GC roots to a new one):");
  for (const [group, f] of freshRows.slice(0, paths))
    console.log(`  ${group}:\n      ${pathTo(after, f.sample[f.sample.length - 1])}`);
}

main();
