/**
 * Views that are not needed to draw the first screen, split off the initial bundle (its budget is
 * 260 kB gzip): the table, the details of a selection, the keyboard outline and the data importer
 * (the header's Open data button and the page's drop target), what the article says, the Copy link
 * button and the live region that announces changes (quiet on load anyway) load just after, the
 * legend (a folded panel in the explorer) when it first opens, and the guided story's bar when a story
 * is opened; the filter panel, folded away on most screens, when it first opens.
 * Each has its own Suspense boundary, so the graph never waits for them.
 */
import { lazy, Suspense } from "react";
import type { StoryBarProps } from "./story/StoryBar";

const LazyEnterpriseTable = lazy(() =>
  import("./EnterpriseTable").then((m) => ({ default: m.EnterpriseTable })),
);
const LazyDetailsPanel = lazy(() => import("./DetailsPanel").then((m) => ({ default: m.DetailsPanel })));
const LazyAboutSources = lazy(() => import("./AboutSources").then((m) => ({ default: m.AboutSources })));
const LazyCopyLinkButton = lazy(() =>
  import("./CopyLinkButton").then((m) => ({ default: m.CopyLinkButton })),
);
const LazyViewAnnouncer = lazy(() => import("./ViewAnnouncer").then((m) => ({ default: m.ViewAnnouncer })));
const LazyImporter = lazy(() => import("./Importer").then((m) => ({ default: m.Importer })));
const LazyLegend = lazy(() => import("./Legend").then((m) => ({ default: m.Legend })));
const LazyFilterPanel = lazy(() => import("./FilterPanel").then((m) => ({ default: m.FilterPanel })));
const LazyStoryBar = lazy(() => import("./story/StoryBar").then((m) => ({ default: m.StoryBar })));
const LazyGraphOutline = lazy(() => import("./GraphOutline").then((m) => ({ default: m.GraphOutline })));

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
