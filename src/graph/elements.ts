/**
 * The graph's elements and which of them are shown. New data is diffed into the instance by id (kept
 * elements keep their position and state); a filter change hides and shows elements in place, so
 * positions stay and no layout runs.
 */
import type {
  CollectionReturnValue,
  Core,
  EdgeCollection,
  ElementDefinition,
  NodeCollection,
  SingularElementArgument,
} from "cytoscape";
import type { GraphElements } from "../model/elements";
import { changesIn, setClass } from "./collections";

/** What is shown: the view's sets are snapshots, a new set for each change, so identity tells a change. */
export interface ShownView {
  /** Enterprises drawn normally. */
  matching: ReadonlySet<string>;
  /** Commanders drawn faded because only their factories match. */
  context: ReadonlySet<string>;
  links: ReadonlySet<string>;
  /** Placeholders for members a source attests without naming (model/attested.ts); none when absent. */
  placeholders?: ReadonlySet<string>;
  /** The map view: no network titles, links as light arcs, counties named by the map rather than by factories. */
  onMap?: boolean;
}

export interface ElementLayer {
  /** Enterprise nodes (not network titles), looked up once per dataset rather than by selector on every sync. */
  enterprises(): NodeCollection;
  /** Enterprise nodes (with their links) in the whole graph, for marks that dim everything else. */
  enterprisesAndLinks(): CollectionReturnValue;
  shownEnterprises(): NodeCollection;
  /** Placeholders for unnamed members shown right now. */
  shownPlaceholders(): NodeCollection;
  isHidden(element: SingularElementArgument): boolean;
  /** Diffs the definitions into the instance; what was shown must be applied again afterwards. */
  setElements(elements: GraphElements): void;
  /** Whether `view` differs from what was last applied. */
  changed(view: ShownView): boolean;
  /** Hides and shows elements for the view; call inside cy.batch. */
  apply(view: ShownView): void;
}

export function createElementLayer(cy: Core): ElementLayer {
  let enterprises = cy.nodes("[tier]");
  let titles = cy.nodes(".cluster-title");
  let placeholders = cy.nodes(".placeholder");
  let links: EdgeCollection = cy.edges();
  let applied: ShownView | null = null;

  /**
   * Filtered-out elements get a `display: none` bypass, not a class: a class change restyles the
   * element against the whole stylesheet, a bypass sets one property (about twice as fast a frame at
   * thousands of elements). The ids are kept here, since no class marks them.
   */
  let hiddenIds = new Set<string>();
  const isHidden = (element: SingularElementArgument) => hiddenIds.has(element.id());
  const setHidden = <E extends SingularElementArgument>(
    group: { forEach(each: (element: E) => void): unknown },
    wanted: (element: E) => boolean,
  ) => {
    const [hide, show] = changesIn(cy, group, wanted, isHidden);
    hide.forEach((element) => {
      hiddenIds.add(element.id());
    });
    show.forEach((element) => {
      hiddenIds.delete(element.id());
    });
    if (hide.nonempty()) hide.style("display", "none");
    if (show.nonempty()) show.removeStyle("display");
  };

  const diff = (elements: GraphElements) => {
    const nextIds = new Set<string>();
    const additions: ElementDefinition[] = [];
    const upsertNode = (
      node: { data: { id: string }; position: { x: number; y: number } },
      classes?: string,
    ) => {
      nextIds.add(node.data.id);
      const existing = cy.getElementById(node.data.id);
      if (existing.nonempty()) {
        existing.data(node.data);
        existing.position(node.position);
      } else {
        additions.push({ group: "nodes", data: { ...node.data }, position: { ...node.position }, classes });
      }
    };
    for (const node of elements.nodes) upsertNode(node);
    for (const title of elements.titles) upsertNode(title, "cluster-title");
    for (const placeholder of elements.placeholders) upsertNode(placeholder, "placeholder");
    for (const edge of elements.edges) {
      nextIds.add(edge.data.id);
      const existing = cy.getElementById(edge.data.id);
      if (
        existing.nonempty() &&
        existing.data("source") === edge.data.source &&
        existing.data("target") === edge.data.target
      ) {
        existing.data(edge.data);
      } else {
        existing.remove();
        additions.push({ group: "edges", data: { ...edge.data } });
      }
    }
    cy.elements()
      .filter((element) => !nextIds.has(element.id()))
      .remove();
    cy.add(additions);
  };

  return {
    enterprises: () => enterprises,
    enterprisesAndLinks: () => enterprises.union(links),
    shownEnterprises: () => enterprises.filter((node) => !isHidden(node)),
    shownPlaceholders: () => placeholders.filter((node) => !isHidden(node)),
    isHidden,
    setElements(elements) {
      cy.batch(() => diff(elements));
      enterprises = cy.nodes("[tier]");
      titles = cy.nodes(".cluster-title");
      placeholders = cy.nodes(".placeholder");
      links = cy.edges();
      // Kept elements still carry the bypasses of the last view, new ones none: the last view is applied
      // afresh, which reaches the new elements and leaves the kept ones as they are.
      hiddenIds = new Set();
      applied = null;
    },
    changed(view) {
      return (
        applied === null ||
        applied.matching !== view.matching ||
        applied.context !== view.context ||
        applied.links !== view.links ||
        applied.placeholders !== view.placeholders ||
        applied.onMap !== view.onMap
      );
    },
    apply(view) {
      const shown = (id: string) => view.matching.has(id) || view.context.has(id);
      const sectorsShown = new Set<string>();
      enterprises.forEach((node) => {
        if (shown(node.id())) sectorsShown.add(node.data("sector"));
      });
      setHidden(enterprises, (node) => !shown(node.id()));
      const placeholderShown = (id: string) => view.onMap !== true && view.placeholders?.has(id) === true;
      setHidden(placeholders, (node) => !placeholderShown(node.id()));
      placeholders.forEach((node) => {
        if (placeholderShown(node.id())) sectorsShown.add(node.data("sector"));
      });
      setHidden(titles, (title) => view.onMap === true || !sectorsShown.has(title.data("sector")));
      if (view.onMap !== applied?.onMap) {
        setClass(cy, "on-map", enterprises, () => view.onMap === true);
        setClass(cy, "on-map", links, () => view.onMap === true);
      }
      setHidden(links, (edge) => !view.links.has(edge.id()));
      setClass(cy, "context", enterprises, (node) => view.context.has(node.id()));
      applied = {
        matching: view.matching,
        context: view.context,
        links: view.links,
        ...(view.placeholders && { placeholders: view.placeholders }),
        onMap: view.onMap,
      };
    },
  };
}
