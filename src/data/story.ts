/**
 * A guided story: data, not code (public/data/stories/*.json, described in docs/story-format.md).
 * Each step quotes the article, by a quote id of the dataset or by a character range of its text,
 * and gives the view the graph moves to. A story is checked against the dataset it tells of, the way
 * a dataset is checked: readable problems in both languages, never a throw.
 */
import * as v from "valibot";
import { describeIssue } from "./issueMessages";
import { type DatasetProblem, problem } from "./problems";
import { type Dataset, IdSchema, LocalTextSchema, PROVENANCE_LEVELS, TierSchema } from "./schema";
import { normaliseWhitespace } from "./verbatim";

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty("must not be empty"));
const Position = v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(0, "must be 0 or more"));

/** Either `quote` (an id of the dataset's quotes) or `from`, `to`, `zh` and `en` (a range of the article). */
export const PassageSchema = v.object({
  quote: v.optional(IdSchema),
  from: v.optional(Position),
  to: v.optional(Position),
  zh: v.optional(Text),
  en: v.optional(Text),
});

export const StepViewSchema = v.object({
  sectors: v.optional(v.array(IdSchema), []),
  regions: v.optional(v.array(IdSchema), []),
  tiers: v.optional(v.array(TierSchema), []),
  provenance: v.optional(v.array(v.picklist(PROVENANCE_LEVELS)), []),
  /** The network the camera frames. */
  focus: v.optional(IdSchema),
  /** The enterprise selected: its details open and the camera frames its neighbourhood. */
  select: v.optional(IdSchema),
  /** Opens the legend, which explains the provenance levels. */
  legend: v.optional(v.boolean(), false),
});

export const StepSchema = v.object({
  step: v.pipe(v.number(), v.integer("must be a whole number")),
  passage: PassageSchema,
  caption: v.optional(LocalTextSchema),
  view: v.optional(StepViewSchema, {}),
});

export const StorySchema = v.object({
  storyVersion: v.literal("1"),
  id: IdSchema,
  /** The id of the dataset the story tells of. */
  dataset: IdSchema,
  title: LocalTextSchema,
  steps: v.pipe(v.array(StepSchema), v.minLength(1, "needs at least one step")),
});

export type StepView = v.InferOutput<typeof StepViewSchema>;

/** A step with its passage looked up: the words in both languages and where they stand in the article. */
export interface StoryStep {
  passage: { zh: string; en: string; quoteId?: string };
  caption?: { zh?: string | undefined; en?: string | undefined } | undefined;
  view: StepView;
}

export interface Story {
  id: string;
  title: { zh?: string | undefined; en?: string | undefined };
  steps: StoryStep[];
}

export type StoryLoadResult = { ok: true; story: Story } | { ok: false; errors: DatasetProblem[] };

export function parseStoryText(text: string, dataset: Dataset): StoryLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [problem("", "json-syntax", `not valid JSON (${detail})`, `不是有效的 JSON（${detail}）`)],
    };
  }
  return loadStory(json, dataset);
}

export function loadStory(input: unknown, dataset: Dataset): StoryLoadResult {
  const parsed = v.safeParse(StorySchema, input, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, errors: parsed.issues.map(issueToProblem) };
  const file = parsed.output;
  const errors: DatasetProblem[] = [];
  if (file.dataset !== dataset.id) {
    errors.push(
      problem(
        "dataset",
        "other-dataset",
        `the story tells of the dataset "${file.dataset}", but "${dataset.id}" is open`,
        `这个故事讲的是数据集 "${file.dataset}"，但当前打开的是 "${dataset.id}"`,
      ),
    );
    return { ok: false, errors };
  }
  const steps = file.steps.map((step, i) => {
    const path = `steps[${i}]`;
    if (step.step !== i + 1) {
      errors.push(
        problem(
          `${path}.step`,
          "bad-step-number",
          `is numbered ${step.step}, but it is step ${i + 1}; number the steps 1, 2, 3… in order`,
          `编号为 ${step.step}，但它是第 ${i + 1} 步；请按 1、2、3…… 的顺序编号`,
        ),
      );
    }
    checkView(step.view, dataset, `${path}.view`, errors);
    const passage = resolvePassage(step.passage, dataset, `${path}.passage`, errors);
    return { passage, caption: step.caption, view: step.view };
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, story: { id: file.id, title: file.title, steps } };
}

/** The story schema's own messages in Chinese; the dataset's are translated in issueMessages.ts. */
const STORY_MESSAGES_ZH: Record<string, string> = {
  "must be a whole number": "必须是整数",
  "must be 0 or more": "不能小于 0",
  "needs at least one step": "至少需要一步",
};

function issueToProblem(issue: v.BaseIssue<unknown>): DatasetProblem {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === "number" ? `[${item.key}]` : `.${String(item.key)}`))
    .join("")
    .replace(/^\./, "");
  const zh = STORY_MESSAGES_ZH[issue.message];
  if (zh !== undefined)
    return problem(
      path,
      "invalid",
      `${issue.message} (got ${issue.received})`,
      `${zh}（现为 ${issue.received}）`,
    );
  const words = describeIssue(issue);
  return problem(path, words.code, words.en, words.zh);
}

type Passage = v.InferOutput<typeof PassageSchema>;

function resolvePassage(
  passage: Passage,
  dataset: Dataset,
  path: string,
  errors: DatasetProblem[],
): StoryStep["passage"] {
  const unresolved = { zh: "", en: "" };
  const hasRange = passage.from !== undefined || passage.to !== undefined;
  if ((passage.quote === undefined) === !hasRange) {
    errors.push(
      problem(
        path,
        "passage-kind",
        'give either "quote" (a quote id of the dataset) or "from" and "to" (a range of the article), not both or neither',
        "请给出 “quote”（数据集中的引文 id）或 “from” 与 “to”（原文的字符范围），二者只能选其一",
      ),
    );
    return unresolved;
  }
  if (passage.quote !== undefined) {
    const quote = dataset.quotes.find((q) => q.id === passage.quote);
    if (quote) return { zh: quote.zh, en: quote.en, quoteId: quote.id };
    errors.push(
      problem(
        `${path}.quote`,
        "unknown-quote",
        `refers to quote "${passage.quote}", which the dataset does not have; use one of its quote ids`,
        `引用的引文 "${passage.quote}" 不在数据集中；请使用数据集中的引文 id`,
      ),
    );
    return unresolved;
  }
  const article = dataset.article?.textZh;
  const { from, to, zh, en } = passage;
  if (
    article === undefined ||
    from === undefined ||
    to === undefined ||
    !(from < to) ||
    to > article.length
  ) {
    errors.push(
      problem(
        path,
        "bad-range",
        `"from" and "to" must both be given, with from < to ≤ ${article?.length ?? 0} (the article's length in characters)`,
        `必须同时给出 “from” 与 “to”，并满足 from < to ≤ ${article?.length ?? 0}（原文的字符数）`,
      ),
    );
    return unresolved;
  }
  if (zh === undefined || en === undefined) {
    errors.push(
      problem(
        path,
        "passage-words",
        'a range needs "zh", the article\'s words in it, and "en", their translation',
        "字符范围需要 “zh”（该范围内的原文）和 “en”（其英译）",
      ),
    );
    return unresolved;
  }
  if (normaliseWhitespace(article.slice(from, to)) !== normaliseWhitespace(zh)) {
    errors.push(
      problem(
        `${path}.zh`,
        "passage-not-verbatim",
        `is not the article's text from character ${from} to ${to}: "${article.slice(from, to)}"`,
        `与原文第 ${from} 至 ${to} 个字符不符：“${article.slice(from, to)}”`,
      ),
    );
  }
  return { zh, en };
}

function checkView(view: StepView, dataset: Dataset, path: string, errors: DatasetProblem[]): void {
  const sectors = new Set(dataset.sectors.map((s) => s.id));
  const regions = new Set(dataset.regions.map((r) => r.id));
  const enterprises = new Set(dataset.enterprises.map((e) => e.id));
  const unknown = (where: string, id: string, code: string, en: string, zh: string) =>
    errors.push(
      problem(
        where,
        code,
        `refers to ${en} "${id}", which the dataset does not have; use one of its ids`,
        `引用的${zh} "${id}" 不在数据集中；请使用数据集中的 id`,
      ),
    );
  view.sectors.forEach((id, i) => {
    if (!sectors.has(id)) unknown(`${path}.sectors[${i}]`, id, "unknown-network", "network", "网络");
  });
  view.regions.forEach((id, i) => {
    if (!regions.has(id)) unknown(`${path}.regions[${i}]`, id, "unknown-region", "region", "地区");
  });
  if (view.focus !== undefined && !sectors.has(view.focus))
    unknown(`${path}.focus`, view.focus, "unknown-network", "network", "网络");
  if (view.select !== undefined && !enterprises.has(view.select))
    unknown(`${path}.select`, view.select, "unknown-node", "enterprise", "企业");
}

/** The story a `story=` parameter names: "1" for the default story, else a file on the page's own site. */
export const DEFAULT_STORY_PATH = "data/stories/shanxi-1958.json";

export function storyUrlFrom(file: string, baseUrl: string): string | null {
  try {
    const url = new URL(file === "1" ? DEFAULT_STORY_PATH : file, baseUrl);
    return url.origin === new URL(baseUrl).origin ? url.href : null;
  } catch {
    return null;
  }
}

/** Fetches a story from the app's own site and checks it against the dataset; never rejects. */
export async function loadStoryFromUrl(
  file: string,
  baseUrl: string,
  dataset: Dataset,
): Promise<StoryLoadResult> {
  const url = storyUrlFrom(file, baseUrl);
  if (url === null)
    return {
      ok: false,
      errors: [
        problem(
          file,
          "other-site",
          "is not a file on this site; a story can only be opened from the site the page comes from",
          "不是本网站上的文件；只能打开与本页同一网站上的故事",
        ),
      ],
    };
  try {
    const response = await fetch(url);
    if (!response.ok)
      return {
        ok: false,
        errors: [
          problem(
            file,
            "http",
            `could not be fetched (HTTP ${response.status})`,
            `无法获取（HTTP ${response.status}）`,
          ),
        ],
      };
    return parseStoryText(await response.text(), dataset);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [problem(file, "network", `could not be fetched (${detail})`, `无法获取（${detail}）`)],
    };
  }
}
