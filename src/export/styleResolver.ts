/**
 * Reads the graph's own cytoscape stylesheet (graph/stylesheet.ts) for the SVG writer, so the SVG
 * and the canvas draw from one table of sizes, strokes and fonts and cannot drift apart.
 *
 * It understands the selector forms that stylesheet uses: an optional group (`node`, `edge`)
 * followed by classes (`.context`) and data tests (`[tier]`, `[tier = "commander"]`), and
 * `data(name)` mappers. As in cytoscape, later matching rules override earlier ones. An unknown
 * selector form throws, so a new kind of rule cannot be silently ignored by exports.
 */

export type StyleValue = string | number;
export type StyleMap = Record<string, StyleValue>;

export interface StyleRule {
  selector: string;
  style: Record<string, unknown>;
}

export interface StyledElement {
  group: "nodes" | "edges";
  data: Readonly<Record<string, unknown>>;
  classes: ReadonlySet<string>;
}

type Test =
  | { kind: "class"; name: string }
  | { kind: "has"; key: string }
  | { kind: "equals"; key: string; value: string | number };

interface CompiledRule {
  group: "nodes" | "edges" | null;
  tests: Test[];
  style: Record<string, unknown>;
}

const GROUP = /^(node|edge)/;
const CLASS = /^\.([\w-]+)/;
const HAS = /^\[\s*([\w-]+)\s*\]/;
const EQUALS = /^\[\s*([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(-?\d+(?:\.\d+)?))\s*\]/;

export function compileSelector(selector: string): Pick<CompiledRule, "group" | "tests"> {
  let rest = selector.trim();
  let group: CompiledRule["group"] = null;
  const groupMatch = GROUP.exec(rest);
  if (groupMatch) {
    group = groupMatch[1] === "node" ? "nodes" : "edges";
    rest = rest.slice(groupMatch[0].length);
  }
  const tests: Test[] = [];
  while (rest !== "") {
    const classMatch = CLASS.exec(rest);
    const hasMatch = classMatch ? null : HAS.exec(rest);
    const equalsMatch = classMatch || hasMatch ? null : EQUALS.exec(rest);
    const match = classMatch ?? hasMatch ?? equalsMatch;
    if (!match?.[1]) throw new Error(`export cannot read the stylesheet selector "${selector}"`);
    if (classMatch) tests.push({ kind: "class", name: match[1] });
    else if (hasMatch) tests.push({ kind: "has", key: match[1] });
    else {
      const numeric = match[4];
      tests.push({
        kind: "equals",
        key: match[1],
        value: numeric !== undefined ? Number(numeric) : (match[2] ?? match[3] ?? ""),
      });
    }
    rest = rest.slice(match[0].length);
  }
  return { group, tests };
}

function matches(rule: CompiledRule, element: StyledElement): boolean {
  if (rule.group !== null && rule.group !== element.group) return false;
  return rule.tests.every((test) => {
    if (test.kind === "class") return element.classes.has(test.name);
    const value = element.data[test.key];
    if (test.kind === "has") return value !== undefined && value !== null;
    return value === test.value;
  });
}

export interface StyleResolver {
  resolve(element: StyledElement): StyleMap;
}

export function createStyleResolver(stylesheet: readonly StyleRule[]): StyleResolver {
  const rules: CompiledRule[] = stylesheet.map((rule) => ({
    ...compileSelector(rule.selector),
    style: rule.style,
  }));
  return {
    resolve(element) {
      const out: StyleMap = {};
      for (const rule of rules) {
        if (!matches(rule, element)) continue;
        for (const [property, raw] of Object.entries(rule.style)) {
          const mapped = typeof raw === "string" ? /^data\((\w+)\)$/.exec(raw) : null;
          const linear = typeof raw === "string" ? mapLinear(raw, element.data) : undefined;
          const value =
            mapped?.[1] !== undefined ? element.data[mapped[1]] : linear === undefined ? raw : linear;
          // A data mapper whose field is missing leaves the property as it was, as in cytoscape.
          if (typeof value === "string" || typeof value === "number") out[property] = value;
        }
      }
      return out;
    },
  };
}

/**
 * cytoscape's `mapData(field, low, high, lowValue, highValue)`: the field's value mapped linearly
 * and clamped. null: the field is missing (the property then stays as it was); undefined: not a mapper.
 */
function mapLinear(raw: string, data: Readonly<Record<string, unknown>>): number | null | undefined {
  const match = /^mapData\((\w+),\s*([^,]+),\s*([^,]+),\s*([^,]+),\s*([^)]+)\)$/.exec(raw);
  if (!match) return undefined;
  const [, field = "", ...bounds] = match;
  const [low, high, lowValue, highValue] = bounds.map(Number) as [number, number, number, number];
  const value = data[field];
  if (typeof value !== "number") return null;
  const t = Math.min(1, Math.max(0, (value - low) / (high - low)));
  return lowValue + t * (highValue - lowValue);
}

/** A length in model pixels from a style value such as 11, "11", "140px". */
export function px(value: StyleValue | undefined, fallback = 0): number {
  if (value === undefined) return fallback;
  const number = typeof value === "number" ? value : Number.parseFloat(value);
  return Number.isFinite(number) ? number : fallback;
}

export function num(value: StyleValue | undefined, fallback: number): number {
  return px(value, fallback);
}

export function str(value: StyleValue | undefined, fallback: string): string {
  return value === undefined ? fallback : String(value);
}
