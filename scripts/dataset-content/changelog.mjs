/** Revisions of the dataset's content, oldest first; each change in both languages. */

const change = (en, zh) => ({ zh, en });

export const CHANGELOG = [
  {
    date: "2026-12-04",
    changes: [
      change(
        "Sources: each says how reliable it is (primary, secondary, tertiary web repost, or modern geodata) and can be found again by URL or full citation, or says why it cannot; URLs added for the Fenxi, Maozequ, Taihua, 156-project, Qingxu vinegar and phosphate-plant sources; the Japanese Wikipedia citation now names the page its URL shows; the uncitable Shigejie repost is dropped and the mine's existence inferred; the Jincheng party-history report no longer backs the membership of Changzhi Prefecture's 15 counties; the seat-point geodata is rated as modern geodata.",
        "来源：每条都注明可靠程度（一手、二手、三手网络转载或现代地理数据），并可凭网址或完整出处再次查到，查不到的注明原因；为汾西、毛则渠、太化、156项工程、清徐醋厂和磷肥厂的资料补充网址；日文维基百科的出处改为与网址一致的页面；删去无法引用的石圪节转载，该矿的存在改为推断；晋城党史网的报道不再作为长治专区15县隶属关系的依据；县治坐标数据标为现代地理数据。",
      ),
      change(
        "Levels: no claim resting only on web reposts, modern geodata or unfindable sources is held at high confidence; seat points the regions file marks 'check' or 'differs-or-unknown' are inferred, not documented; no link's pairing is rated stronger than its existence; the March-1958 existence of the Shanxi Phosphate Fertiliser Plant, the Taiyuan Chemical Works and the Taiyuan No. 5 Power Plant is inferred, since no source dates them to then.",
        "依据等级：只依据网络转载、现代地理数据或查不到的资料的记录，可信度不再为“高”；地区表标为“待核”或“不同或不详”的县治坐标改为推断；连线的对应关系不再高于其存在的等级；山西磷肥厂、太原化工厂和太原第五发电厂在1958年3月的存在改为推断，因为没有资料给出当时的日期。",
      ),
      change(
        "Words and names: the coal network's description and the subtitle no longer overstate; the Xishan rationale no longer passes over the occupation of 1937–45; the Fenjiu distillery carries its 1958 name 地方国营杏花村酒厂 and the Taiyuan No. 2 Thermal Power Plant its predecessor's name 太原第五发电厂.",
        "文字与名称：煤炭网说明和副标题不再言过其实；西山矿务局的推断理由不再略过1937—1945年的占领；汾酒厂改用1958年的名称“地方国营杏花村酒厂”，太原第二热电厂改用其前身名称“太原第五发电厂”。",
      ),
    ],
  },
];
