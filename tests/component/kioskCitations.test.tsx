// @vitest-environment jsdom
// In a kiosk a cited source's address is shown as text, not as a link that would leave the page.
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FULL_VIEW_FLAGS } from "../../src/embed/flags";
import { ClaimView } from "../../src/ui/ClaimView";
import { EmbedFlagsProvider } from "../../src/ui/embedContext";
import { loadDefaultDataset } from "../helpers/fixtures";

const dataset = loadDefaultDataset();
const fenxi = dataset.enterprises.find((e) => e.id === "fenxi-mining");
const source = dataset.sources.find((s) => s.id === "src-fenxi-history");

function claimIn(kiosk: boolean) {
  if (!fenxi) throw new Error("fenxi-mining is not in the dataset");
  return render(
    <EmbedFlagsProvider flags={FULL_VIEW_FLAGS} kiosk={kiosk}>
      <ClaimView claim={fenxi.provenance.existence} dataset={dataset} lang="en" />
    </EmbedFlagsProvider>,
  ).container;
}

afterEach(cleanup);

describe("source addresses in a claim", () => {
  it("are links in the explorer", () => {
    const links = [...claimIn(false).querySelectorAll("a[href]")].map((a) => a.getAttribute("href"));
    expect(links).toContain(source?.url);
  });

  it("are plain text in a kiosk", () => {
    const container = claimIn(true);
    expect(container.querySelectorAll("a").length).toBe(0);
    expect(container.textContent).toContain(source?.url);
  });
});
