import { describe, expect, it, vi } from "vitest";
import { datasetUrlsFrom, isSpreadsheetUrl } from "../../src/data/datasetUrl";

const BASE = "http://127.0.0.1:4173/app/";

describe("the dataset a page opens", () => {
  it("is the default without ?data=", () => {
    expect(datasetUrlsFrom("", BASE, "data/shanxi-1958.json")).toEqual([
      "http://127.0.0.1:4173/app/data/shanxi-1958.json",
    ]);
  });

  it("is a same-origin file named by ?data=, relative or absolute", () => {
    expect(datasetUrlsFrom("?data=../data/big.json", BASE, "data/x.json")).toEqual([
      "http://127.0.0.1:4173/data/big.json",
    ]);
    expect(datasetUrlsFrom("?data=%2Fdata%2Fbig.json&sector=coal", BASE, "data/x.json")).toEqual([
      "http://127.0.0.1:4173/data/big.json",
    ]);
  });

  it("never another origin", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(datasetUrlsFrom("?data=https://example.org/d.json", BASE, "data/x.json")).toEqual([
      "http://127.0.0.1:4173/app/data/x.json",
    ]);
    expect(datasetUrlsFrom("?data=//example.org/d.json", BASE, "data/x.json")).toEqual([
      "http://127.0.0.1:4173/app/data/x.json",
    ]);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it("is every same-origin sheet named by a repeated ?data=, in order", () => {
    expect(datasetUrlsFrom("?data=net.nodes.csv&data=net.links.csv&sector=a", BASE, "data/x.json")).toEqual([
      "http://127.0.0.1:4173/app/net.nodes.csv",
      "http://127.0.0.1:4173/app/net.links.csv",
    ]);
    expect(isSpreadsheetUrl("http://127.0.0.1:4173/app/net.links.csv")).toBe(true);
    expect(isSpreadsheetUrl("http://127.0.0.1:4173/app/data/shanxi-1958.json")).toBe(false);
    expect(isSpreadsheetUrl("http://127.0.0.1:4173/app/net.gexf")).toBe(true);
    expect(isSpreadsheetUrl("http://127.0.0.1:4173/app/net.graphml")).toBe(true);
  });
});
