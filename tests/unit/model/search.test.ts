import { describe, expect, it } from "vitest";
import { computeVisibility, EMPTY_FILTERS } from "../../../src/model/filters";
import { createNetworkIndex } from "../../../src/model/networkIndex";
import { matchesQuery, normaliseSearchText, searchVariants } from "../../../src/model/search";
import { loadDefaultDataset } from "../../helpers/fixtures";

const shanxi = createNetworkIndex(loadDefaultDataset());
const search = (query: string) => [...computeVisibility(shanxi, { ...EMPTY_FILTERS, query }).matching];

describe("search in Chinese, pinyin and English", () => {
  it("finds the Datong Mining Administration by its Chinese name, pinyin in every form, and English", () => {
    for (const query of [
      "大同矿务局",
      "datong",
      "Dàtóng kuàngwùjú",
      "da4 tong2",
      "DATONG MINING",
      "dà tóng",
    ]) {
      expect(search(query), query).toContain("datong-mining");
    }
  });

  it("finds place names by their tone-marked, toneless and tone-numbered pinyin, apostrophes or not", () => {
    for (const query of ["Fánshì", "fanshi", "fan2shi4", "FANSHI XIAN"]) {
      expect(search(query), query).toContain("agmach-s-fanshi");
    }
    for (const query of ["Lù'ān", "lu'an", "luan", "lu4an1"]) {
      expect(search(query), query).toContain("agmach-s-luan");
    }
  });

  it("reads tone numbers and v for ü only as alternatives to the literal query", () => {
    expect(searchVariants("ling2 qiu1")).toEqual(["ling2qiu1", "lingqiu"]);
    expect(searchVariants("lv")).toEqual(["lv", "lu"]);
    expect(searchVariants("灵丘")).toEqual(["灵丘"]);
    // A literal id with digits still matches as typed.
    expect(matchesQuery(normaliseSearchText("agmach-c1"), "agmach-c1")).toBe(true);
  });

  it("matches nothing for text that is in no name", () => {
    expect(search("zzzz")).toEqual([]);
  });
});
