/**
 * The guided story's and the kiosk's words, in Chinese and English. Kept beside them rather than in the
 * main catalogue (i18n/en.ts, zh.ts) so that they load with them, off the first screen's budget.
 */

import type { Lang } from "../../i18n/lang";
import { fillTemplate } from "../../i18n/translate";

const en = {
  storyLabel: "Guided story",
  stepOf: "{step} / {total}",
  stepOfSpoken: "Step {step} of {total}",
  previous: "Previous",
  next: "Next",
  leave: "Leave the story",
  fromArticle: "From the article",
  ourNote: "Our note",
  loadFailed: "The story could not be opened",
  kioskLabel: "Exhibit screen",
  startAgain: "Start again",
  touchToExplore: "Touch the screen to explore",
};

type StoryMessages = Record<keyof typeof en, string>;

const zh: StoryMessages = {
  storyLabel: "导览故事",
  stepOf: "第 {step} 步，共 {total} 步",
  stepOfSpoken: "第 {step} 步，共 {total} 步",
  previous: "上一步",
  next: "下一步",
  leave: "退出故事",
  fromArticle: "报道原文",
  ourNote: "编者注",
  loadFailed: "无法打开这个故事",
  kioskLabel: "展览屏幕",
  startAgain: "重新开始",
  touchToExplore: "触摸屏幕开始探索",
};

const CATALOGUE: Record<Lang, StoryMessages> = { en, zh };

export type StoryMessageKey = keyof StoryMessages;

export function storyText(lang: Lang, key: StoryMessageKey, params: Record<string, number> = {}): string {
  return fillTemplate(lang, CATALOGUE[lang][key], params);
}
