// The e2e fixtures: import `test` and `expect` from here, not from @playwright/test.
//
// - `app` (one per worker): dist/ served on 127.0.0.1 and a free port, as a plain static host serves it
//   (no CORS header); `baseUrl` and `origin` are its address. Build first (`npm run build`).
// - `page` and `newPage(options)`: pages whose console errors, page errors, failed requests and requests to
//   another origin fail the test when it ends. `newPage({ contextOptions })` opens the page in a new context
//   of its own (viewport, locale, touch …); `origin` lists the origins it may request; `ignore` tolerates
//   expected problems.
// - `serve(options)`: another static server for this test (root defaults to dist/; `basePath`, `headers`).
// Every context reaches only the loopback interface; whatever a test opens is closed after it.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, type BrowserContextOptions, test as base, type Page } from "@playwright/test";
import {
  type StaticServer,
  type StaticServerOptions,
  startStaticServer,
} from "../../../scripts/lib/static-server.mjs";
import { type WatchOptions, watchPage } from "./watch";

export { expect } from "@playwright/test";

export const DIST_DIR = fileURLToPath(new URL("../../../dist/", import.meta.url));

export interface NewPageOptions {
  /** Origin(s) the page may request; default the app's. */
  origin?: string | string[];
  ignore?: WatchOptions["ignore"];
  /** Open the page in its own new context with these options instead of the test's context. */
  contextOptions?: BrowserContextOptions;
}

interface TestFixtures {
  baseUrl: string;
  origin: string;
  distDir: string;
  serve: (options?: Partial<StaticServerOptions>) => Promise<StaticServer>;
  newPage: (options?: NewPageOptions) => Promise<Page>;
}

const isLoopback = (url: URL) => url.hostname === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);

/** Tests must never reach beyond this machine; such requests are also reported by the page watcher. */
const keepOnLoopback = (context: BrowserContext) =>
  context.route(
    (url) => !isLoopback(url),
    (route) => route.abort("blockedbyclient"),
  );

export const test = base.extend<TestFixtures, { app: StaticServer }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await startStaticServer({ root: DIST_DIR });
      await use(server);
      await server.close();
    },
    { scope: "worker" },
  ],
  baseUrl: async ({ app }, use) => use(app.url),
  origin: async ({ app }, use) => use(app.origin),
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  distDir: async ({}, use) => use(DIST_DIR),

  context: async ({ context }, use) => {
    await keepOnLoopback(context);
    await use(context);
  },

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  serve: async ({}, use) => {
    const servers: StaticServer[] = [];
    await use(async (options = {}) => {
      const server = await startStaticServer({ root: DIST_DIR, ...options });
      servers.push(server);
      return server;
    });
    await Promise.allSettled(servers.map((server) => server.close()));
  },

  newPage: async ({ browser, context, origin }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const watches: Array<{ page: Page; problems: () => string[] }> = [];
    await use(async ({ origin: allowed = origin, ignore = [], contextOptions } = {}) => {
      let pageContext = context;
      if (contextOptions) {
        pageContext = await browser.newContext(contextOptions);
        contexts.push(pageContext);
        await keepOnLoopback(pageContext);
      }
      const page = await pageContext.newPage();
      watches.push({ page, ...watchPage(page, { origin: allowed, ignore }) });
      return page;
    });
    const problems = watches.flatMap(({ page, problems }) =>
      problems().map((line) => `${page.url()}: ${line.replaceAll("\n", "\n    ")}`),
    );
    await Promise.allSettled(contexts.map((c) => c.close()));
    if (problems.length === 0) return;
    const report = `${problems.length} page problem(s):\n  - ${problems.join("\n  - ")}`;
    // A failed test keeps its own error; what the pages reported often explains it.
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("page problems", { body: report });
    else throw new Error(report);
  },

  page: async ({ newPage }, use) => {
    await use(await newPage());
  },
});

/** Absolute path of a file in the repository, e.g. `repoPath("node_modules/axe-core/axe.min.js")`. */
export const repoPath = (relative: string) =>
  path.join(fileURLToPath(new URL("../../../", import.meta.url)), relative);
