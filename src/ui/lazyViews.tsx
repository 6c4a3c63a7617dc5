/**
 * Views that are not needed to draw the first screen, split off the initial bundle (its budget is
 * 260 kB gzip): the table, the details of a selection, the keyboard outline and the data importer
 * (the header's Open data button and the page's drop target), what the article says, the Copy link
 * button and the live region that announces changes (quiet on load anyway) load just after, the
 * legend (a folded panel in the explorer) when it first opens, and the guided story's bar when a story
 * is opened; the filter panel, folded away on most screens, when it first opens.
 * Each has its own Suspense boundary, so the graph never waits for them; all are fetched once the page
 * is idle (preloadViewsWhenIdle).
 */
import { lazy, Suspense } from "react";
import type { StoryBarProps } from "./story/StoryBar";

const loaders = {
  enterpriseTable: () => import("./EnterpriseTable").then((m) => ({ default: m.EnterpriseTable })),
  detailsPanel: () => import("./DetailsPanel").then((m) => ({ default: m.DetailsPanel })),
  aboutSources: () => import("./AboutSources").then((m) => ({ default: m.AboutSources })),
  copyLinkButton: () => import("./CopyLinkButton").then((m) => ({ default: m.CopyLinkButton })),
  viewAnnouncer: () => import("./ViewAnnouncer").then((m) => ({ default: m.ViewAnnouncer })),
  importer: () => import("./Importer").then((m) => ({ default: m.Importer })),
  legend: () => import("./Legend").then((m) => ({ default: m.Legend })),
  filterPanel: () => import("./FilterPanel").then((m) => ({ default: m.FilterPanel })),
  storyBar: () => import("./story/StoryBar").then((m) => ({ default: m.StoryBar })),
  graphOutline: () => import("./GraphOutline").then((m) => ({ default: m.GraphOutline })),
};
const LazyEnterpriseTable = lazy(loaders.enterpriseTable);
const LazyDetailsPanel = lazy(loaders.detailsPanel);
const LazyAboutSources = lazy(loaders.aboutSources);
const LazyCopyLinkButton = lazy(loaders.copyLinkButton);
const LazyViewAnnouncer = lazy(loaders.viewAnnouncer);
const LazyImporter = lazy(loaders.importer);
const LazyLegend = lazy(loaders.legend);
const LazyFilterPanel = lazy(loaders.filterPanel);
const LazyStoryBar = lazy(loaders.storyBar);
const LazyGraphOutline = lazy(loaders.graphOutline);

/**
 * Fetches every view above once the page is idle, so that opening a panel later needs no request: the
 * explorer keeps working offline once loaded, and a kiosk never waits on the network.
 */
export function preloadViewsWhenIdle(): () => void {
  // <html data-views-loaded> says when all have arrived (end-to-end tests wait for it).
  const preload = () => {
    Promise.allSettled(Object.values(loaders).map((load) => load())).then(() =>
      document.documentElement.setAttribute("data-views-loaded", ""),
    );
  };
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(preload, 1000);
  return () => clearTimeout(timer);
}

export function EnterpriseTable() {
  return (
    <Suspense fallback={null}>
      <LazyEnterpriseTable />
    </Suspense>
  );
}

export function DetailsPanel() {
  return (
    <Suspense fallback={null}>
      <LazyDetailsPanel />
    </Suspense>
  );
}

export function Legend(props: { headless?: boolean }) {
  return (
    <Suspense fallback={null}>
      <LazyLegend {...props} />
    </Suspense>
  );
}

export function FilterPanel() {
  return (
    <Suspense fallback={null}>
      <LazyFilterPanel />
    </Suspense>
  );
}

export function StoryBar(props: StoryBarProps) {
  return (
    <Suspense fallback={null}>
      <LazyStoryBar {...props} />
    </Suspense>
  );
}

export function GraphOutline() {
  return (
    <Suspense fallback={null}>
      <LazyGraphOutline />
    </Suspense>
  );
}

export function Importer() {
  return (
    <Suspense fallback={null}>
      <LazyImporter />
    </Suspense>
  );
}

export function AboutSources() {
  return (
    <Suspense fallback={null}>
      <LazyAboutSources />
    </Suspense>
  );
}

export function CopyLinkButton() {
  return (
    <Suspense fallback={null}>
      <LazyCopyLinkButton />
    </Suspense>
  );
}

export function ViewAnnouncer() {
  return (
    <Suspense fallback={null}>
      <LazyViewAnnouncer />
    </Suspense>
  );
}
