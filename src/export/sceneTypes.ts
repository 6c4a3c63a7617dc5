/**
 * The shapes of an export's graph scene (graphScene.ts builds it, sceneLabels.ts lays out its labels,
 * the SVG and canvas writers draw it), apart so that neither builder imports the other for types.
 */
import type { TierLabelData } from "../graph/labels";
import type { GraphElements } from "../model/elements";
import type { StyleResolver } from "./styleResolver";
import type { FontSpec, MeasureText } from "./text";

export interface FontMetrics {
  /** How far the alphabetic baseline sits above the bottom of the em box, in ems (cytoscape sets text by the bottom). */
  baselineAboveBottom: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneVisibility {
  matching: ReadonlySet<string>;
  context: ReadonlySet<string>;
  links: ReadonlySet<string>;
  /** Placeholders for members a source attests without naming; none when absent. */
  placeholders?: ReadonlySet<string>;
}

export interface EdgeItem {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
  opacity: number;
  dash: number[] | null;
}

export interface NodeItem {
  id: string;
  d: string;
  fill: string;
  fillOpacity: number;
  stroke: string | null;
  strokeWidth: number;
  strokeOpacity: number;
  dash: number[] | null;
  opacity: number;
}

export interface LabelItem {
  /** The enterprise id, or the cluster title's id. */
  id: string;
  kind: "enterprise" | "cluster-title" | "placeholder";
  lines: Array<{ text: string; x: number; y: number }>;
  anchor: "start" | "middle" | "end";
  font: FontSpec;
  fill: string;
  outline: { colour: string; width: number } | null;
  opacity: number;
  box: Box;
}

export interface GraphScene {
  /** The part of the model shown, and how it maps to the figure: figure = model × scale + offset. */
  frame: Box;
  /** What is drawn (nodes and labels), in model coordinates; inside `frame`. */
  content: Box;
  scale: number;
  offset: { x: number; y: number };
  edges: EdgeItem[];
  nodes: NodeItem[];
  labels: LabelItem[];
  /** Enterprises whose label is drawn. */
  labelled: ReadonlySet<string>;
  /** Cluster titles drawn, and their font size in model pixels. */
  titles: { shown: ReadonlySet<string>; fontSize: number };
  /** Label sizes per tier at the figure's scale (graph/labels.ts tierLabelData). */
  tierLabels: TierLabelData;
  /** Where the figure puts each shown node and title (the packed placement), and a title's wrap width. */
  placements: ReadonlyMap<string, { x: number; y: number; labelWidth?: string }>;
}

export interface SceneInput {
  elements: GraphElements;
  visibility: SceneVisibility;
  style: StyleResolver;
  measure: MeasureText;
  metrics?: FontMetrics;
  /** The map view: nodes and links styled as on the map (`on-map`), and no network titles. */
  onMap?: boolean;
}

export interface ScenePlacement {
  /** Where the graph goes in the figure, in output pixels. */
  rect: Rect;
  /** Output pixels per CSS pixel of the figure. */
  unit: number;
  /** A fixed part of the model to show (the on-screen viewport); by default all that is shown, framed. */
  extent?: Box | null;
}
