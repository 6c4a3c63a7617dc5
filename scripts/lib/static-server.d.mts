export interface StaticServerOptions {
  /** Folder to serve (e.g. the Vite dist/ folder). */
  root: string;
  /** Loopback address to listen on (default 127.0.0.1). */
  host?: string;
  /** Port, 0 for a free one (default 0). */
  port?: number;
  /** URL prefix the root is served under, e.g. "/sub/dir/" (default "/"). */
  basePath?: string;
  /** Extra headers added to every response (a CSP, CORS …). */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Full URL of the served root, including the base path (ends with "/"). */
  url: string;
  /** e.g. "http://127.0.0.1:41234". */
  origin: string;
  port: number;
  basePath: string;
  close(): Promise<void>;
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
