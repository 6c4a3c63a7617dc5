/**
 * The floor the app is measured against: Cytoscape with its default options, the same element
 * definitions, positions and stylesheet as the app, and nothing else (no UI, no fonts, no data file:
 * the elements arrive as a script module). Interactions do what the app's controller does, the
 * plain way: one cy.batch of class changes.
 */
import cytoscape, { type CollectionReturnValue, type Core, type NodeSingular } from "cytoscape";
import { createStylesheet, LIGHT_THEME } from "../../../src/graph/stylesheet";
import type { BareElement, FilterAction } from "../prepare";

const params = new URLSearchParams(window.location.search);
const name = params.get("data") ?? "shanxi-1958";
const container = document.getElementById("graph") as HTMLDivElement;
container.style.width = `${Number(params.get("w") ?? 900)}px`;
container.style.height = `${Number(params.get("h") ?? 700)}px`;

const moduleUrl = (folder: string) => new URL(`./${folder}/${name}.js`, window.location.href).href;
const { default: elements } = (await import(/* @vite-ignore */ moduleUrl("elements"))) as {
  default: BareElement[];
};

const cy: Core = cytoscape({
  container,
  elements,
  // The app's stylesheet, plus the plain way to filter: a class that hides (the app uses a display bypass).
  style: [...createStylesheet(LIGHT_THEME), { selector: ".hidden", style: { display: "none" } }],
  layout: { name: "preset", padding: 40 },
  ...(params.get("renderer") === "webgl" ? { renderer: { name: "canvas", webgl: true } as never } : {}),
});
container.dataset.ready = "true";

let highlighted: CollectionReturnValue | null = null;
let dimmed: CollectionReturnValue | null = null;
cy.on("mouseover", "node[tier]", (event) => {
  const node = event.target as NodeSingular;
  cy.batch(() => {
    highlighted = node.closedNeighborhood().addClass("highlighted");
    dimmed = cy.elements().not(highlighted).not(".cluster-title").addClass("dimmed");
  });
});
cy.on("mouseout", "node[tier]", () => {
  cy.batch(() => {
    highlighted?.removeClass("highlighted");
    dimmed?.removeClass("dimmed");
  });
});
let selected: NodeSingular | null = null;
cy.on("tap", "node[tier]", (event) => {
  cy.batch(() => {
    selected?.removeClass("selected");
    selected = (event.target as NodeSingular).addClass("selected");
  });
});

type ActionName = "sector" | "region" | "search";
let actions: Record<ActionName, { hidden: CollectionReturnValue; context: CollectionReturnValue }> | null =
  null;

const bareBench = {
  cy,
  /** Loads the filters' class changes (not timed) and turns them into collections once. */
  async loadActions() {
    const loaded = (await import(/* @vite-ignore */ moduleUrl("actions"))) as {
      default: Record<ActionName, FilterAction>;
    };
    const collect = (ids: string[]) => {
      const wanted = new Set(ids);
      return cy.elements().filter((element) => wanted.has(element.id()));
    };
    actions = {} as typeof actions & object;
    for (const [key, action] of Object.entries(loaded.default)) {
      actions[key as ActionName] = { hidden: collect(action.hidden), context: collect(action.context) };
    }
  },
  /** Applies (on) or removes (off) a filter's classes in one batch. */
  apply(action: ActionName, on: boolean) {
    const change = actions?.[action];
    if (!change) throw new Error("loadActions() first");
    cy.batch(() => {
      if (on) {
        change.hidden.addClass("hidden");
        change.context.addClass("context");
      } else {
        change.hidden.removeClass("hidden");
        change.context.removeClass("context");
      }
    });
  },
  shownCount: () => cy.nodes("[tier]").not(".hidden").length,
  positionOf(id: string) {
    const { x, y } = cy.getElementById(id).renderedPosition();
    return { x, y };
  },
  /** Rendered points nearest the centre where nothing is drawn (so a drag there pans), at most `limit`. */
  emptyPoints(limit: number) {
    const points: Array<{ x: number; y: number }> = [];
    const renderer = (
      cy as unknown as {
        renderer(): {
          findNearestElements(x: number, y: number, interactiveOnly: boolean, touch: boolean): unknown[];
        };
      }
    ).renderer();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const w = cy.width();
    const h = cy.height();
    for (let radius = 0; radius < Math.min(w, h) / 2; radius += 8) {
      for (let step = 0; step < 16; step++) {
        const angle = (step / 16) * 2 * Math.PI;
        const x = w / 2 + radius * Math.cos(angle);
        const y = h / 2 + radius * Math.sin(angle);
        const model = { x: (x - pan.x) / zoom, y: (y - pan.y) / zoom };
        const boxOk = cy
          .elements()
          .filter((e) => {
            const b = e.renderedBoundingBox({ includeLabels: true });
            return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4;
          })
          .empty();
        if (boxOk && renderer.findNearestElements(model.x, model.y, true, false).length === 0) {
          points.push({ x, y });
          if (points.length >= limit) return points;
        }
      }
    }
    return points.length > 0 ? points : [{ x: 5, y: 5 }];
  },
  async exportPng(maxWidth: number, maxHeight: number) {
    const blob = (await cy.png({
      output: "blob-promise",
      full: true,
      maxWidth,
      maxHeight,
      bg: "#ffffff",
    })) as Blob;
    return blob.size;
  },
};
Object.assign(window, { bareBench });
