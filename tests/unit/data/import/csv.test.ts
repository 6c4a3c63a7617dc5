import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "../../../../src/data/import/csv";

describe("parseCsv", () => {
  it.each([
    [
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      '"x,""y""",z\n"multi\nline",q',
      [
        ['x,"y"', "z"],
        ["multi\nline", "q"],
      ],
    ],
    [
      "a;b;c\n1;2;3",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "a\tb\n007\t7",
      [
        ["a", "b"],
        ["007", "7"],
      ],
    ],
    [
      "a,b\n,\n",
      [
        ["a", "b"],
        ["", ""],
      ],
    ],
    ['"a"b,c', [["ab", "c"]]],
    ["", []],
  ])("reads %j as text cells", (text, rows) => {
    expect(parseCsv(text)).toMatchObject({ ok: true, rows });
  });

  it("reports the row of a quote that is never closed", () => {
    expect(parseCsv('id,name\n1,ok\n2,"broken\n3,x')).toEqual({ ok: false, row: 3 });
  });

  it("picks the delimiter used most in the header, ignoring quoted ones", () => {
    expect(detectDelimiter('"a,b";c;d\n1,2')).toBe(";");
    expect(detectDelimiter("single")).toBe(",");
  });

  it("reports progress through a long text", () => {
    const fractions: number[] = [];
    parseCsv("id,name\n".repeat(100_000), (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.every((f, i) => f > 0 && f < 1 && (i === 0 || f > (fractions[i - 1] ?? 0)))).toBe(true);
  });
});
