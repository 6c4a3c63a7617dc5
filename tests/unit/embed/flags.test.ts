import { describe, expect, it } from "vitest";
import { FULL_VIEW_FLAGS, parseEmbedFlags, serializeEmbedFlags } from "../../../src/embed/flags";

describe("embed flags", () => {
  it("are all off (full view) when the URL has none", () => {
    expect(parseEmbedFlags("?sector=coal")).toEqual({ flags: FULL_VIEW_FLAGS, warnings: [] });
  });

  it("read bare flags as on and 0/false/no as off", () => {
    const { flags, warnings } = parseEmbedFlags(
      "?embed=1&plain&controls=0&legend=false&static=yes&transparent",
    );
    expect(flags).toEqual({
      embed: true,
      plain: true,
      controls: false,
      legend: false,
      static: true,
      transparent: true,
      origins: [],
    });
    expect(warnings).toEqual([]);
  });

  it("keep the default for a bad value, with a warning", () => {
    const { flags, warnings } = parseEmbedFlags("?embed=1&legend=maybe");
    expect(flags.legend).toBe(true);
    expect(warnings).toEqual(['ignored legend="maybe": expected 1 or 0']);
  });

  it("read origins as http(s) origins and drop anything else", () => {
    const { flags, warnings } = parseEmbedFlags(
      `?origins=${encodeURIComponent("https://news.example/path,javascript:alert(1),http://127.0.0.1:8080")}`,
    );
    expect(flags.origins).toEqual(["https://news.example", "http://127.0.0.1:8080"]);
    expect(warnings).toHaveLength(1);
  });

  it("serialise to the words they are parsed from", () => {
    const flags = {
      ...FULL_VIEW_FLAGS,
      embed: true,
      plain: true,
      legend: false,
      origins: ["https://a.example"],
    };
    const query = serializeEmbedFlags(flags);
    expect(query).toBe("embed=1&plain=1&legend=0&origins=https%3A%2F%2Fa.example");
    expect(parseEmbedFlags(`?${query}`).flags).toEqual(flags);
  });
});
