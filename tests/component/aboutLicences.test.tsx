// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/schema";
import { createViewStore } from "../../src/store/viewStore";
import { AboutSources } from "../../src/ui/AboutSources";
import { StoreProvider } from "../../src/ui/storeContext";
import { loadDefaultDataset, loadValidFixture } from "../helpers/fixtures";

function licences(dataset: Dataset, lang: "en" | "zh" = "en") {
  render(
    <StoreProvider store={createViewStore({ dataset, lang })}>
      <AboutSources />
    </StoreProvider>,
  );
  return within(screen.getByTestId("licences"))
    .getAllByRole("listitem")
    .map((item) => item.textContent ?? "");
}

afterEach(cleanup);

describe("About panel: licences", () => {
  it("names the licences of the code, the dataset, the quoted article and the font", () => {
    const lines = licences(loadDefaultDataset()).join("\n");
    expect(lines).toMatch(/MIT/);
    expect(lines).toMatch(/CC BY 4\.0/);
    expect(lines).toMatch(/People's Daily of 25 March 1958.*not covered/);
    expect(lines).toMatch(/Noto Sans SC, SIL Open Font License 1\.1/);
  });

  it("says it in Chinese too", () => {
    const lines = licences(loadDefaultDataset(), "zh").join("\n");
    expect(lines).toMatch(/MIT 许可证/);
    expect(lines).toMatch(/人民日报/);
  });

  it("claims no licence for an imported network's content", () => {
    // An imported spreadsheet quotes no article.
    const dataset: Dataset = { ...loadValidFixture("minimal.valid.json"), article: undefined };
    const lines = licences(dataset);
    expect(lines.join("\n")).not.toMatch(/CC BY|People's Daily/);
    expect(lines).toHaveLength(2);
  });
});
