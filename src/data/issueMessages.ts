/**
 * valibot's issues in words a spreadsheet user can act on, in English and Chinese. The schema's own
 * messages (English) are translated through a small table; anything unforeseen keeps valibot's text.
 */
import type * as v from "valibot";

export interface IssueWords {
  code: string;
  en: string;
  zh: string;
}

const TYPE_NAMES: Record<string, { en: string; zh: string }> = {
  string: { en: "text", zh: "文本" },
  number: { en: "a number", zh: "数字" },
  Object: { en: "an object { … }", zh: "对象 { … }" },
  Array: { en: "a list [ … ]", zh: "列表 [ … ]" },
  boolean: { en: "true or false", zh: "true 或 false" },
};

const TYPE_CHECKS = new Set(["string", "number", "object", "array", "boolean"]);

/** The schema's custom messages, in Chinese. */
const SCHEMA_MESSAGES_ZH: Record<string, string> = {
  "must not be empty": "不能为空",
  "must be at most 200 characters": "最多 200 个字符",
  "must not be __proto__, constructor or prototype": "不能是 __proto__、constructor 或 prototype",
  "needs at least one source id": "至少需要一个来源 id",
  "needs a rationale": "需要写明推断理由",
  "needs a reason": "需要写明理由",
  "needs at least one sector": "至少需要一个行业",
  "needs at least one enterprise": "至少需要一家企业，否则没有可显示的内容",
  "must be a finite number written with digits, such as 37.87": "必须是用数字写的有限数，例如 37.87",
  "must be at least -90": "不能小于 -90",
  "must be at most 90": "不能大于 90",
  "must be at least -180": "不能小于 -180",
  "must be at most 180": "不能大于 180",
};

export function describeIssue(issue: v.BaseIssue<unknown>): IssueWords {
  if (issue.received === "undefined") {
    return { code: "missing", en: "is required but missing; add it", zh: "缺少必填字段；请补上" };
  }
  if (issue.kind === "schema" && TYPE_CHECKS.has(issue.type)) {
    if (issue.expected === "string" && typeof issue.input === "number") {
      return {
        code: "number-not-text",
        en: `is the number ${issue.input}; write it as text in quotes ("${issue.input}"), since ids are text ("007" and "7" differ)`,
        zh: `是数字 ${issue.input}；请加引号写成文本（"${issue.input}"），因为 id 是文本（“007”与“7”不同）`,
      };
    }
    const expected = TYPE_NAMES[issue.expected ?? ""] ?? {
      en: issue.expected ?? "",
      zh: issue.expected ?? "",
    };
    return {
      code: "invalid",
      en: `must be ${expected.en}, not ${issue.received}`,
      zh: `应为${expected.zh}，而不是 ${issue.received}`,
    };
  }
  if (issue.type === "picklist" || issue.type === "literal" || issue.type === "variant") {
    const options = (issue.expected ?? "").replace(/[()]/g, "").replace(/ \| /g, ", ");
    return {
      code: "invalid",
      en: `is ${issue.received}; use one of ${options}`,
      zh: `为 ${issue.received}；请使用以下之一：${options}`,
    };
  }
  if (issue.type === "iso_date") {
    return {
      code: "invalid",
      en: `${issue.received} is not a date; write it as YYYY-MM-DD, e.g. 1958-03-25`,
      zh: `${issue.received} 不是日期；请写成 YYYY-MM-DD，例如 1958-03-25`,
    };
  }
  const zh = SCHEMA_MESSAGES_ZH[issue.message];
  if (zh !== undefined) {
    // A length is clear from the message; a value is worth quoting back.
    const quoted = issue.type !== "min_length" && issue.type !== "max_length";
    return {
      code: "invalid",
      en: quoted ? `${issue.message} (got ${issue.received})` : issue.message,
      zh: quoted ? `${zh}（现为 ${issue.received}）` : zh,
    };
  }
  return {
    code: "invalid",
    en: `${issue.message} (got ${issue.received})`,
    zh: `值无效：${issue.message}（${issue.received}）`,
  };
}
