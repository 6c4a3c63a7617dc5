import { type LoadResult, parseDatasetText } from "./loadDataset";
import { problem } from "./problems";

/** Fetches a dataset file from the app's own origin and runs it through the same loader as any other input. */
export async function loadDatasetFromUrl(url: string): Promise<LoadResult> {
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return {
        ok: false,
        errors: [
          problem(
            url,
            "http",
            `could not be fetched (HTTP ${response.status})`,
            `无法获取（HTTP ${response.status}）`,
          ),
        ],
        warnings: [],
      };
    }
    return parseDatasetText(await response.text());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [problem(url, "network", `could not be fetched (${detail})`, `无法获取（${detail}）`)],
      warnings: [],
    };
  }
}
