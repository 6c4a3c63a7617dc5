// What the e2e tests read from the pages they drive: the graph's published probe, the messages a host
// page records, and axe-core once it is injected. Only the e2e project (tests/e2e/tsconfig.json) sees these.

interface GraphProbe {
  shownIds(): string[];
  positionOf(id: string): { x: number; y: number } | null;
  labelBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number; fontPx: number }>;
  titleBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number; fontPx: number }>;
  camera(): { x: number; y: number; zoom: number };
  animating(): boolean;
  viewportTexture(): boolean;
  marked(mark: "focused" | "highlighted" | "selected" | "hovered"): string[];
  edgeWidth(id: string): number | null;
  placeholders(): Array<{ id: string; label: string }>;
}

/** A message an embed posted to its host page (shanxi-networks:v1:… or a height message). */
interface RecordedMessage {
  type?: string;
  requestId?: string | number;
  state?: {
    filters: { sectors: string[]; regions: string[]; tiers: string[]; provenance: string[]; query: string };
    selectedId: string | null;
    focusSector: string | null;
    lang: string;
    theme: string;
    visibleIds: string[];
  };
  [key: string]: unknown;
}

interface AxeResults {
  violations: Array<{
    id: string;
    impact: string;
    help: string;
    nodes: Array<{ target: string[]; failureSummary?: string }>;
  }>;
}

interface Element {
  graphProbe: GraphProbe;
}

interface Window {
  fromEmbed: RecordedMessage[];
  axe: {
    run(context: Document | Element, options: Record<string, unknown>): Promise<AxeResults>;
  };
}
