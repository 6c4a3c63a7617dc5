import type { StylesheetJson } from "cytoscape";
import { COLOUR_FIELD } from "../model/elements";
import { type ColourScheme, DEFAULT_EDGE_WIDTH } from "../model/scales";
import type { LineStyle } from "../model/supportStyles";

export const GRAPH_FONT_FAMILY = '"Noto Sans SC", system-ui, sans-serif';

export interface GraphTheme {
  /** Which sector palette the nodes, edges and cluster titles use. */
  scheme: ColourScheme;
  /** The page behind the canvas (the canvas itself is transparent); the same value as --bg in themes.css. */
  background: string;
  label: string;
  labelOutline: string;
  /** Edges stay at least 3:1 against the background at this opacity (tests/unit/model/palette.test.ts). */
  edgeOpacity: number;
  selection: string;
  /**
   * Fill opacity of illustrative nodes and of commanders shown for context: as faint as the theme
   * allows while every sector colour keeps 3:1 against the background (tests/unit/model/palette.test.ts).
   */
  fadedFill: number;
  /** Opacity of what a highlight pushes back; higher in high contrast so context stays legible. */
  dimmedOpacity: number;
  /** The keyboard focus ring drawn around the node focused in the outline; the same value as --focus. */
  focus: string;
}

export const LIGHT_THEME: GraphTheme = {
  scheme: "light",
  background: "#ffffff",
  label: "#1a1a1a",
  labelOutline: "#ffffff",
  edgeOpacity: 0.9,
  fadedFill: 0.85,
  selection: "#111111",
  dimmedOpacity: 0.2,
  focus: "#0b5cad",
};

export const DARK_THEME: GraphTheme = {
  scheme: "dark",
  background: "#15171a",
  label: "#ececea",
  labelOutline: "#15171a",
  edgeOpacity: 0.85,
  fadedFill: 0.72,
  selection: "#ffffff",
  dimmedOpacity: 0.3,
  focus: "#8ab4f8",
};

export const HIGH_CONTRAST_THEME: GraphTheme = {
  scheme: "contrast",
  background: "#000000",
  label: "#ffffff",
  labelOutline: "#000000",
  edgeOpacity: 1,
  fadedFill: 0.65,
  selection: "#ffffff",
  dimmedOpacity: 0.45,
  focus: "#ffff00",
};

export const GRAPH_THEMES: Record<ColourScheme, GraphTheme> = {
  light: LIGHT_THEME,
  dark: DARK_THEME,
  contrast: HIGH_CONTRAST_THEME,
};

/**
 * Combinations of support kinds are told apart by line style (model/supportStyles.ts), provenance
 * by border dashes (and, for links, by width), tier by shape, sector by colour and position: no
 * property relies on colour alone. The long dash is a dash pattern; exports read it from here too.
 */
const LINE_STYLE_RULES: Record<LineStyle, Record<string, string>> = {
  solid: { "line-style": "solid" },
  dashed: { "line-style": "dashed" },
  dotted: { "line-style": "dotted" },
  long: { "line-style": "dashed", "line-dash-pattern": "16 4" },
};

/** A scaled label's halo width as a share of its font size (the mapData rule below). */
export const LABEL_HALO = 0.2;

export function createStylesheet(theme: GraphTheme = LIGHT_THEME): StylesheetJson {
  const colour = `data(${COLOUR_FIELD[theme.scheme]})`;
  const labelSide = (side: string, halign: string, valign: string) => ({
    selector: `node[labelSide = "${side}"]`,
    style: { "text-halign": halign, "text-valign": valign },
  });
  return [
    {
      selector: "node",
      style: {
        shape: "data(shape)" as never,
        width: "data(size)",
        height: "data(size)",
        "background-color": colour,
        "border-width": 1.5,
        "border-color": theme.labelOutline,
        label: "data(label)",
        "font-family": GRAPH_FONT_FAMILY,
        "font-size": 11,
        color: theme.label,
        "text-outline-color": theme.labelOutline,
        "text-outline-width": 2,
        "text-margin-y": 0,
        "text-max-width": "140px",
        "text-wrap": "ellipsis",
        // Small factories' labels appear once the reader zooms in, which keeps the overview legible.
        "min-zoomed-font-size": 9,
      },
    },
    labelSide("top", "center", "top"),
    labelSide("bottom", "center", "bottom"),
    labelSide("left", "left", "center"),
    labelSide("right", "right", "center"),
    {
      selector: 'node[tier = "commander"]',
      style: {
        "font-size": 15,
        "font-weight": "bold",
        "min-zoomed-font-size": 0,
        "text-max-width": "220px",
        "text-wrap": "wrap",
      },
    },
    {
      selector: 'node[tier = "commander"][fontSize]',
      style: { "font-size": "data(fontSize)", "text-max-width": "data(labelWidth)" },
    },
    { selector: 'node[tier = "medium"]', style: { "font-size": 12, "min-zoomed-font-size": 9 } },
    // The halo grows with a scaled label (a fifth of its size), so spokes never show through a name
    // at any zoom or export size: a fixed width shrinks to nothing when the label manager enlarges it.
    {
      selector: "node[fontSize]",
      style: { "text-outline-width": "mapData(fontSize, 0, 1000, 0, 200)" },
    },
    // Scaled by the label manager to stay readable at any zoom (graph/labels.ts); culling hides what does not fit.
    ...["medium", "small"].map((tier) => ({
      selector: `node[tier = "${tier}"][fontSize]`,
      style: { "font-size": "data(fontSize)", "min-zoomed-font-size": 0, "text-wrap": "none" },
    })),
    {
      selector: 'node[level = "inferred"]',
      style: { "border-style": "dashed", "border-width": 2.5, "border-color": theme.label },
    },
    {
      selector: 'node[level = "illustrative"]',
      style: {
        "background-opacity": theme.fadedFill,
        "border-style": "dotted",
        "border-width": 2,
        "border-color": colour,
      },
    },
    {
      selector: "edge",
      style: {
        width: DEFAULT_EDGE_WIDTH,
        "line-color": colour,
        "curve-style": "straight",
        opacity: theme.edgeOpacity,
        "line-style": "solid",
      },
    },
    ...Object.entries(LINE_STYLE_RULES).map(([name, style]) => ({
      selector: `edge[lineStyle = "${name}"]`,
      style,
    })),
    // Thinner rather than fainter, so that illustrative links keep their 3:1 contrast.
    { selector: 'edge[level = "illustrative"]', style: { width: 1.1 } },
    // The map view: links are light arcs over the map (a highlight or dimming below still applies).
    {
      selector: "edge.on-map",
      style: {
        "curve-style": "unbundled-bezier",
        "control-point-distances": [24],
        "control-point-weights": [0.5],
        opacity: 0.3,
      },
    },
    {
      selector: "node.cluster-title",
      style: {
        shape: "rectangle",
        width: 1,
        height: 1,
        "background-opacity": 0,
        "border-width": 0,
        label: "data(label)",
        color: colour,
        "font-size": 52,
        "font-weight": "bold",
        "text-valign": "center",
        "text-halign": "center",
        "min-zoomed-font-size": 0,
        "text-outline-width": 0,
        "text-wrap": "none",
        events: "no",
      },
    },
    { selector: "node.cluster-title[fontSize]", style: { "font-size": "data(fontSize)" } },
    // A packed network's title wraps within its network's width, upwards into the room above it.
    {
      selector: "node.cluster-title[labelWidth]",
      style: { "text-wrap": "wrap", "text-max-width": "data(labelWidth)", "text-valign": "top" },
    },
    // Members a source attests without naming: their tier's shape, hollow, dashed in the network's colour,
    // named below like a hub; not an enterprise, so the pointer passes through.
    {
      selector: "node.placeholder",
      style: {
        "background-opacity": 0,
        "border-style": "dashed",
        "border-width": 3,
        "border-color": colour,
        "font-size": 15,
        "min-zoomed-font-size": 0,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-wrap": "wrap",
        "text-max-width": "220px",
        events: "no",
      },
    },
    {
      selector: "node.placeholder[fontSize]",
      style: { "font-size": "data(fontSize)", "text-max-width": "data(labelWidth)" },
    },
    { selector: "node.label-culled", style: { "text-opacity": 0 } },
    {
      selector: "node.context",
      style: {
        "background-opacity": theme.fadedFill,
        "border-style": "dashed",
        "border-color": colour,
        "border-width": 2,
      },
    },
    { selector: ".dimmed", style: { opacity: theme.dimmedOpacity } },
    { selector: "edge.highlighted", style: { opacity: 0.95, width: 2.4 } },
    // A weighted link keeps its width, highlighted or not: the width is the weight (model/scales.ts).
    { selector: "edge[width]", style: { width: "data(width)" } },
    { selector: "node.highlighted", style: { "z-index": 10, "min-zoomed-font-size": 0 } },
    {
      selector: "node.selected",
      style: {
        "border-width": 4,
        "border-color": theme.selection,
        "border-style": "solid",
        "z-index": 20,
        "min-zoomed-font-size": 0,
      },
    },
    {
      // The enterprise focused in the keyboard outline: a ring like the page's focus ring, label always drawn.
      selector: "node.focused",
      style: {
        "outline-width": 3,
        "outline-color": theme.focus,
        "outline-offset": 3,
        "outline-opacity": 1,
        "z-index": 30,
        "min-zoomed-font-size": 0,
        "text-opacity": 1,
      },
    },
    {
      selector: "node.focused[focusRing]",
      style: {
        "outline-width": "data(focusRing)",
        "outline-offset": "data(focusRing)",
        "font-size": "data(focusFont)",
        "text-max-width": "data(focusLabelWidth)",
      },
    },
    // The name of the enterprise under the pointer is drawn even where the labels are thinned out.
    {
      selector: "node.hovered",
      style: { "z-index": 40, "min-zoomed-font-size": 0, "text-opacity": 1 },
    },
    // The map names each county at its seat, so its factories need no label of their own there.
    ...["medium", "small"].map((tier) => ({
      selector: `node.on-map[tier = "${tier}"]`,
      style: { label: "" },
    })),
  ] as StylesheetJson;
}
