import type { Browser, BrowserContext } from "playwright-core";

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export interface LaunchedChromium {
  browser: Browser;
  persistentContext: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}
export function launchChromium(): Promise<LaunchedChromium>;
