/**
 * Real enterprises placed in the coal, fertiliser, power and specialty networks (data brief §3.2–3.5).
 * Their existence is documented where a source was found; their place in a network is always inferred,
 * because no source names any member of these four networks.
 */
import { documented, inferred } from "./claims.mjs";

const HUB_BASIS = {
  zh: "原文说五个网以较大的国营厂矿为中心，但未列出名称。",
  en: "The article says the five networks were centred on larger state plants and mines but names none.",
};
const hubRole = (confidence, en, zh) => inferred(confidence, `${HUB_BASIS.en} ${en}`, `${HUB_BASIS.zh}${zh}`);

export const COMMANDERS = [
  {
    id: "datong-mining",
    zh: "大同矿务局",
    en: "Datong Mining Administration",
    sector: "coal",
    region: "datong",
    description: {
      zh: "1949年成立，时称大同矿务局。",
      en: "Set up in 1949 as the Datong Coal Mine Administration.",
    },
    provenance: {
      existence: documented(["src-chinadaily-2010-11-17"], "medium"),
      location: documented(["src-chinadaily-2010-11-17"], "medium"),
      role: hubRole(
        "medium",
        "Datong's state industrial and mining enterprises were linking with nearby local industry (q-yq-dt), and this was the main one.",
        "原文又说大同市国营工矿企业正在和附近的地方工业建立联系，而大同矿务局是其中的主要企业。",
      ),
    },
  },
  {
    id: "yangquan-mining",
    zh: "阳泉矿务局",
    en: "Yangquan Mining Administration",
    sector: "coal",
    region: "yangquan",
    description: {
      zh: "阳泉的国营煤矿管理机构。成立于1950年一说出自研究者的记忆，未经核实（低可信度）。",
      en: "The state coal administration of Yangquan. Its founding in 1950 is from the researcher's memory and unverified (low confidence).",
    },
    provenance: {
      existence: inferred(
        "medium",
        "The article attests Yangquan's state industrial and mining enterprises (q-yq-dt), and Yangquan was a coal city; no source consulted confirms the administration itself in 1958.",
        "原文提到阳泉市国营工矿企业，阳泉又是煤城；但所查资料未能证实该局1958年的存在。",
      ),
      location: inferred("high", "Named after and based in Yangquan.", "以阳泉命名，驻阳泉。"),
      role: hubRole(
        "medium",
        "Yangquan's state industrial and mining enterprises were linking with nearby local industry (q-yq-dt).",
        "原文又说阳泉市国营工矿企业正在和附近的地方工业建立联系。",
      ),
    },
  },
  {
    id: "xishan-mining",
    zh: "西山矿务局",
    en: "Xishan Mining Administration",
    sector: "coal",
    region: "taiyuan",
    description: {
      zh: "太原西山的国营煤矿管理机构。白家庄的西北煤矿第一厂1934年开办；1937—1945年日本占领期间及其后的经营沿革，所查资料均未涉及。该局成立于1956年一说未经核实（低可信度）。",
      en: "The state coal administration of Taiyuan's western hills. The Baijiazhuang mine (西北煤矿第一厂) opened in 1934; no source consulted covers its history through the Japanese occupation of 1937–45 and after. Its founding as an administration in 1956 is unverified (low confidence).",
    },
    provenance: {
      existence: inferred(
        "medium",
        "Coal was mined at Baijiazhuang in Taiyuan's western hills from 1934, but no source consulted covers the mines through the Japanese occupation of 1937–45 and the years after, and the brief dates the administration to 1956 from memory; no source confirms it for 1958.",
        "太原西山白家庄1934年起开采煤炭，但所查资料未涉及1937—1945年日本占领期间及其后的沿革，简报又是凭记忆将该局的成立定于1956年；没有资料证实其1958年的存在。",
      ),
      location: inferred(
        "high",
        "Named after Taiyuan's western hills (西山), where its mines lie.",
        "以太原西山命名，矿井在西山。",
      ),
      role: hubRole(
        "medium",
        "Taiyuan's state enterprises had linked with every prefecture (q-taiyuan), and this was the coal enterprise beside the capital.",
        "原文又说太原市国营工业企业已和全省各专区建立联系，而该局是省城旁的煤炭企业。",
      ),
    },
  },
  {
    id: "fenxi-mining",
    zh: "汾西矿务局",
    en: "Fenxi Mining Administration",
    sector: "coal",
    region: "jiexiu",
    description: {
      zh: "1956年1月1日成立，隶属煤炭部太原煤管局，职工4903人；1957年9月局机关由灵石富家滩迁至介休。",
      en: "Founded on 1 January 1956 under the Coal Ministry's Taiyuan bureau, with 4,903 staff; its head office moved from Fujiatan (Lingshi) to Jiexiu in September 1957.",
    },
    provenance: {
      existence: documented(["src-fenxi-history"], "medium"),
      location: documented(["src-fenxi-history"], "medium"),
      role: hubRole(
        "medium",
        "It was one of the few large state coal enterprises of 1958.",
        "它是1958年少数大型国营煤炭企业之一。",
      ),
    },
  },
  {
    id: "shanxi-phos",
    zh: "山西磷肥厂",
    en: "Shanxi Phosphate Fertiliser Plant",
    sector: "fert",
    region: "taiyuan",
    description: {
      zh: "第一个五年计划重点项目，在太原建设年产40万吨粒状过磷酸钙装置；投产日期未查到，1958年3月可能仍在建设中。",
      en: "A First Five-Year Plan key project building a 400,000 t/yr granular superphosphate unit in Taiyuan; its start-up date was not found, so in March 1958 it may still have been under construction.",
    },
    provenance: {
      existence: inferred(
        "low",
        "The plant is documented as a First Five-Year Plan key project to be built in Taiyuan, but its start-up date was not found: in March 1958 it may have existed only as a project or a construction site.",
        "该厂作为第一个五年计划在太原建设的重点项目有文献记载，但投产日期未查到：1958年3月它可能还只是一个项目或工地。",
        ["src-dzr-fxj-2021"],
      ),
      location: documented(["src-dzr-fxj-2021"], "medium"),
      role: hubRole(
        "medium",
        "It is the only large fertiliser plant found in Shanxi.",
        "它是所查到的山西唯一一座大型化肥专业厂。",
      ),
    },
  },
  {
    id: "taiyuan-chem",
    zh: "太原化工厂",
    en: "Taiyuan Chemical Works",
    sector: "fert",
    region: "taiyuan",
    description: {
      zh: "“156项工程”之一。太原化工基地1954年7月开工，1958年各厂陆续投产，1960年基本建成。同属156项工程的太原化肥厂约1961年投产（未核实），1958年3月尚在建设中，故未列入。",
      en: "One of the '156 projects'. The Taiyuan chemical base began construction in July 1954; its units went into production through 1958 and it was basically complete in 1960. The Taiyuan Chemical Fertiliser Plant, another 156 project, was still under construction in March 1958 (production c. 1961, unverified) and is left out.",
    },
    provenance: {
      existence: inferred(
        "medium",
        "The Taiyuan chemical base is documented as under construction from July 1954, its plants going into production one after another in 1958: in March 1958 this works existed at least as a works under construction, but whether it was producing yet is not known.",
        "太原化工基地1954年7月开工、1958年各厂相继投产，有文献记载：1958年3月该厂至少已作为在建工厂存在，但是否已经投产不得而知。",
        ["src-taihua-history", "src-egmf-156"],
      ),
      location: documented(["src-egmf-156", "src-taihua-history"], "medium"),
      role: hubRole(
        "low",
        "A chemical works entering production in 1958 is a plausible fertiliser hub, but nothing links it to the network.",
        "1958年陆续投产的化工厂可能是化肥网的中心，但没有资料将其与该网联系起来。",
      ),
    },
  },
  {
    id: "ty-tpp1",
    zh: "太原第一热电厂",
    en: "Taiyuan No. 1 Thermal Power Plant",
    sector: "power",
    region: "taiyuan",
    description: {
      zh: "“156项工程”之一，1953年10月24日开工，1954年12月28日局部发电，1955年1月21日一号机组正式投产，1956年6月17日一期竣工。",
      en: "One of the '156 projects': construction began on 24 October 1953, partial generation on 28 December 1954, unit 1 in service on 21 January 1955, phase 1 complete on 17 June 1956.",
    },
    provenance: {
      existence: documented(["src-rmrb-1954-12-31", "src-newton-ty1", "src-egmf-156"], "high"),
      location: documented(["src-newton-ty1"], "medium"),
      role: hubRole(
        "medium",
        "It was probably the largest power plant in Shanxi in March 1958.",
        "它很可能是1958年3月山西最大的发电厂。",
      ),
    },
  },
  {
    id: "ty-tpp2",
    zh: "太原第五发电厂",
    en: "Taiyuan No. 5 Power Plant",
    sector: "power",
    region: "taiyuan",
    description: {
      zh: "今太原第二热电厂的前身，“156项工程”之一，号称华北第一座新建投产的高温高压热电厂。何时改称第二热电厂不详，此处用前身的名称；建设和投产日期未查到。",
      en: "The predecessor of today's Taiyuan No. 2 Thermal Power Plant (太原第二热电厂), one of the '156 projects', described as North China's first new high-temperature, high-pressure combined heat and power plant to go into production. When it was renamed is not known, so the predecessor's name is used here; its construction and start-up dates were not found.",
    },
    provenance: {
      existence: inferred(
        "low",
        "It is documented as one of Taiyuan's eleven '156 projects', whose main construction peaked in 1956–59 and which were all complete by 1966; no date of its own construction or start-up was found, so it may not yet have been a working plant in March 1958.",
        "文献记载它是太原的11项“156项工程”之一，这些工程的主体施工高峰在1956—1959年，1966年前全部建成投产；该厂本身的建设和投产日期未查到，1958年3月可能尚未建成。",
        ["src-egmf-156"],
      ),
      identity: inferred(
        "low",
        "The source calls the Taiyuan No. 5 Power Plant the predecessor of the No. 2 Thermal Power Plant; that it still bore the earlier name in 1958 is inferred.",
        "资料称太原第五发电厂是太原第二热电厂的前身；1958年仍用前身的名称系推断。",
        ["src-egmf-156"],
      ),
      location: documented(["src-egmf-156"], "medium"),
      role: hubRole(
        "low",
        "Its start-up date is unknown, so it may not yet have been generating in March 1958.",
        "其投产日期不明，1958年3月可能尚未发电。",
      ),
    },
  },
  {
    id: "fenjiu",
    zh: "地方国营杏花村酒厂",
    en: "Xinghuacun Local State Distillery",
    sector: "specialty",
    region: "fenyang",
    description: {
      zh: "汾阳县杏花村的地方国营酒厂，1958年的名称是“地方国营杏花村酒厂”，即今杏花村汾酒厂；各资料对其成立于1949年还是1951年说法不一。",
      en: "A local state distillery at Xinghuacun, Fenyang County, named 地方国营杏花村酒厂 in 1958; today it is the Xinghuacun Fenjiu Distillery (杏花村汾酒厂). Sources disagree on whether it dates from 1949 or 1951.",
    },
    provenance: {
      existence: documented(["src-fenjiu-histories"], "medium"),
      identity: documented(["src-fenjiu-histories"], "medium"),
      location: documented(["src-fenjiu-histories"], "medium"),
      role: hubRole(
        "medium",
        "It was the best-known state specialty producer in Shanxi.",
        "它是山西最著名的国营土特产生产企业。",
      ),
    },
  },
  {
    id: "qingxu-vinegar",
    zh: "国营清徐曲醋厂",
    en: "Qingxu Qu-Vinegar Works",
    sector: "specialty",
    region: "qingxu",
    description: {
      zh: "1956年由美和居等21家醋坊合并组建的国营醋厂，1957年注册“东湖”商标；后称山西老陈醋厂。",
      en: "A state vinegar works formed in 1956 from 21 workshops including Meiheju; it registered the Donghu trademark in 1957 and later became the Shanxi Mature Vinegar Works.",
    },
    provenance: {
      existence: documented(["src-qingxu-vinegar-history"], "medium"),
      location: documented(["src-qingxu-vinegar-history"], "medium"),
      role: hubRole(
        "low",
        "It was the state works making Shanxi's best-known condiment, mature vinegar.",
        "它是生产山西最著名调味品老陈醋的国营厂。",
      ),
    },
  },
];

/** Named members; no source records their commander, which the pairing rule (build-dataset.mjs) chooses. */
export const MEMBERS = [
  {
    id: "maozequ",
    zh: "毛则渠煤矿",
    en: "Maozequ Coal Mine",
    sector: "coal",
    tier: "medium",
    region: "xiangning",
    description: {
      zh: "乡宁县的煤矿，1956年转为地方国营。",
      en: "A coal mine in Xiangning County that became a local state enterprise in 1956.",
    },
    provenance: {
      existence: documented(["src-maozequ-history"], "medium"),
      location: documented(["src-maozequ-history"], "medium"),
      role: inferred(
        "low",
        "A local state mine is the kind of local industry the coal network was to support; no source records its membership.",
        "地方国营煤矿正是煤炭网要扶植的地方工业；但没有资料记载其参加该网。",
      ),
    },
  },
  {
    id: "shigejie",
    zh: "石圪节煤矿",
    en: "Shigejie Coal Mine",
    sector: "coal",
    tier: "medium",
    region: "luan",
    description: {
      zh: "长治附近的老矿。一篇无法引用的网络转载称其开采记载始于1897年、1945年由工人夺回、2016年关闭。潞安矿务局1959年才成立（未核实），1958年3月它可能不属于任何矿务局。",
      en: "An old mine near Changzhi. An uncitable web repost says mining there is recorded from 1897, that its workers recaptured it in 1945 and that it closed in 2016. The Lu'an Mining Administration dates only from 1959 (unverified), so in March 1958 it probably stood outside any administration.",
    },
    provenance: {
      existence: inferred(
        "low",
        "The only text found is a web repost of a newspaper feature that gives no newspaper, title, date or author, on a host unrelated to it; that cannot be cited, so the mine's existence in 1958 rests on the researchers' knowledge and is not verified (the brief calls Shigejie unverified).",
        "所见唯一的文字是一篇报纸特稿的网络转载，未注明报名、标题、日期和作者，所在网站与之无关；无法引用，故该矿1958年的存在只依据研究者的知识，未经核实（简报称石圪节“未核实”）。",
      ),
      location: inferred(
        "low",
        "The mine lies just outside Changzhi city; in March 1958 that ground probably belonged to Lu'an County (the brief), not verified.",
        "该矿位于长治市附近；1958年3月该地可能属潞安县（据简报），未核实。",
      ),
      role: inferred(
        "low",
        "A large mine outside the mining administrations of 1958 could have been a member or a hub; no source records either.",
        "不属于1958年任何矿务局的大矿，可能是网中成员，也可能是中心；均无资料记载。",
      ),
    },
  },
  {
    id: "yiyuanqing",
    zh: "益源庆",
    en: "Yiyuanqing Vinegar Works",
    sector: "specialty",
    tier: "medium",
    region: "taiyuan",
    description: {
      zh: "太原宁化府的老字号醋坊，1956年公私合营。",
      en: "An old vinegar works at Ninghuafu, Taiyuan, made a joint state-private enterprise in 1956.",
    },
    provenance: {
      existence: documented(["src-yiyuanqing-blog"], "low"),
      location: documented(["src-yiyuanqing-blog"], "low"),
      role: inferred(
        "low",
        "A joint state-private specialty works is a plausible member of the specialty network; no source records it.",
        "公私合营的土特产企业可能是土特产网成员；无资料记载。",
      ),
    },
  },
];
