import { describe, expect, it, vi } from "vitest";
import { datasetUrlFrom } from "../../src/data/datasetUrl";

const BASE = "http://127.0.0.1:4173/app/";

describe("the dataset a page opens", () => {
  it("is the default without ?data=", () => {
    expect(datasetUrlFrom("", BASE, "data/shanxi-1958.json")).toBe(
      "http://127.0.0.1:4173/app/data/shanxi-1958.json",
    );
  });

  it("is a same-origin file named by ?data=, relative or absolute", () => {
    expect(datasetUrlFrom("?data=../data/big.json", BASE, "data/x.json")).toBe(
      "http://127.0.0.1:4173/data/big.json",
    );
    expect(datasetUrlFrom("?data=%2Fdata%2Fbig.json&sector=coal", BASE, "data/x.json")).toBe(
      "http://127.0.0.1:4173/data/big.json",
    );
  });

  it("never another origin", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(datasetUrlFrom("?data=https://example.org/d.json", BASE, "data/x.json")).toBe(
      "http://127.0.0.1:4173/app/data/x.json",
    );
    expect(datasetUrlFrom("?data=//example.org/d.json", BASE, "data/x.json")).toBe(
      "http://127.0.0.1:4173/app/data/x.json",
    );
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
