// Minimal static file server for the e2e tests and the benchmark (plain Node, no dependencies).
// Serves a folder such as Vite's `dist/`, optionally under a sub-path and with extra headers, on the
// loopback interface only. Like most static hosts it sends no CORS header unless asked to.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
};

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * @typedef {object} StaticServerOptions
 * @property {string} root Folder to serve (e.g. the Vite `dist/` folder).
 * @property {string} [host] Loopback address to listen on (default 127.0.0.1).
 * @property {number} [port] Port, 0 for a free one (default 0).
 * @property {string} [basePath] URL prefix the root is served under, e.g. "/sub/dir/" (default "/").
 * @property {Record<string, string>} [headers] Extra headers added to every response (e.g. a CSP).
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url Full URL of the served root, including the base path (ends with "/").
 * @property {string} origin e.g. "http://127.0.0.1:41234".
 * @property {number} port
 * @property {string} basePath Normalised base path (starts and ends with "/").
 * @property {() => Promise<void>} close
 */

/**
 * Starts a static file server.
 * @param {StaticServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer({
  root,
  host = "127.0.0.1",
  port = 0,
  basePath = "/",
  headers = {},
}) {
  if (!LOOPBACK_HOSTS.has(host) && !/^127\.\d+\.\d+\.\d+$/.test(host)) {
    throw new Error(`startStaticServer: host must be a loopback address, got ${JSON.stringify(host)}`);
  }
  // realpath so that the containment check below compares like with like (no symlinked root).
  const rootDir = fs.realpathSync(path.resolve(root));
  if (!fs.statSync(rootDir).isDirectory()) {
    throw new Error(`startStaticServer: root is not a directory: ${rootDir}`);
  }
  const base = normaliseBasePath(basePath);

  const server = http.createServer((req, res) => {
    handleRequest(req, res, { rootDir, base, headers }).catch((error) => {
      if (!res.headersSent) {
        sendText(res, 500, "Internal Server Error", headers);
      } else {
        res.destroy(error);
      }
    });
  });
  // Keep-alive connections from the browser would otherwise make close() wait for their timeout.
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });

  const address = server.address();
  if (address === null || typeof address === "string") {
    throw new Error("startStaticServer: unexpected server address");
  }
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const origin = `http://${hostForUrl}:${address.port}`;

  return {
    url: `${origin}${base}`,
    origin,
    port: address.port,
    basePath: base,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string} basePath
 * @returns {string}
 */
function normaliseBasePath(basePath) {
  let base = basePath.trim();
  if (!base.startsWith("/")) base = `/${base}`;
  if (!base.endsWith("/")) base = `${base}/`;
  if (base.split("/").some((segment) => segment === ".." || segment === ".")) {
    throw new Error(`startStaticServer: invalid basePath ${JSON.stringify(basePath)}`);
  }
  return base;
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {{ rootDir: string, base: string, headers: Record<string, string> }} config
 */
async function handleRequest(req, res, { rootDir, base, headers }) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    sendText(res, 405, "Method Not Allowed", headers);
    return;
  }

  // Use the raw path (not `new URL`, which would silently resolve "..") so traversal attempts are seen.
  const rawUrl = req.url ?? "/";
  const queryIndex = rawUrl.search(/[?#]/);
  const rawPath = queryIndex === -1 ? rawUrl : rawUrl.slice(0, queryIndex);
  const query = queryIndex === -1 ? "" : rawUrl.slice(queryIndex);

  // "/sub/dir" → "/sub/dir/": relative asset URLs only resolve correctly with the trailing slash.
  if (`${rawPath}/` === base) {
    redirect(res, `${base}${query}`, headers);
    return;
  }
  if (!rawPath.startsWith(base)) {
    sendText(res, 404, "Not Found", headers);
    return;
  }

  let relativePath;
  try {
    relativePath = decodeURIComponent(rawPath.slice(base.length));
  } catch {
    sendText(res, 400, "Bad Request", headers);
    return;
  }
  if (relativePath.includes("\0") || relativePath.includes("\\")) {
    sendText(res, 400, "Bad Request", headers);
    return;
  }

  let filePath = path.resolve(rootDir, `./${relativePath}`);
  if (!isInside(rootDir, filePath)) {
    sendText(res, 403, "Forbidden", headers);
    return;
  }

  let stat = await statOrNull(filePath);
  if (stat?.isDirectory()) {
    if (!rawPath.endsWith("/")) {
      // Collapse leading slashes so "//host" can never become a protocol-relative redirect.
      redirect(res, `/${rawPath.replace(/^\/+/, "")}/${query}`, headers);
      return;
    }
    filePath = path.join(filePath, "index.html");
    stat = await statOrNull(filePath);
  }
  if (!stat?.isFile()) {
    sendText(res, 404, "Not Found", headers);
    return;
  }
  // A symlink inside root could still point outside it.
  if (!isInside(rootDir, await fs.promises.realpath(filePath))) {
    sendText(res, 403, "Forbidden", headers);
    return;
  }

  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(200, {
    ...baseHeaders(headers),
    "Content-Type": contentType,
    "Content-Length": stat.size,
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  await new Promise((resolve, reject) => {
    const stream = fs.createReadStream(filePath);
    stream.on("error", reject);
    res.on("close", resolve);
    stream.pipe(res);
  });
}

/**
 * @param {string} parent
 * @param {string} child
 */
function isInside(parent, child) {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** @param {string} filePath */
async function statOrNull(filePath) {
  try {
    return await fs.promises.stat(filePath);
  } catch {
    return null;
  }
}

/** @param {Record<string, string>} extra */
function baseHeaders(extra) {
  return {
    // Tests must always see the files of the current build.
    "Cache-Control": "no-store",
    // Like strict static hosts: a wrong Content-Type must break the page, not be sniffed around.
    "X-Content-Type-Options": "nosniff",
    ...extra,
  };
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string>} headers
 */
function sendText(res, status, body, headers) {
  res.writeHead(status, {
    ...baseHeaders(headers),
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

/**
 * @param {http.ServerResponse} res
 * @param {string} location
 * @param {Record<string, string>} headers
 */
function redirect(res, location, headers) {
  res.writeHead(301, { ...baseHeaders(headers), Location: location, "Content-Length": 0 });
  res.end();
}
