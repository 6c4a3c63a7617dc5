/** Revisions of the dataset's content, oldest first; each change in both languages. */

const change = (en, zh) => ({ zh, en });

export const CHANGELOG = [
  {
    date: "2026-12-04",
    changes: [
      change(
        "Networks: the agricultural machinery network records what the article says of the members it does not name (20 medium factories, the small factories of every county), so that counts and a filtered graph can say so.",
        "工业网：农业机械修配网记录原文提到但未列名的成员（20家中型工厂、每个县的小型工厂），使计数和筛选后的图能如实说明。",
      ),
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
      change(
        "Pairings: every pairing no source records (outside the agricultural machinery network, which is paired by zone) follows one rule, written into its reason with the distance: the nearest commander of the same network by straight-line distance between seats, equally near commanders taking turns. Invented county works stand within 120 km of that commander: the fertiliser and power works now stand in the counties nearest Taiyuan, where all their commanders are, and the seven specialty works that would have answered to a works 160–255 km away (Lu'an hemp and dangshen, Daren day-lilies, Yangcheng and Jincheng ironware, Wenxi pastry, Jishan jujubes) are dropped. The medium repair works 01, 09 and 13 move from the provincial cities of Datong, Yuci and Changzhi, which were not part of their zones' prefectures in March 1958, to the counties around them.",
        "配对：凡无资料记载的配对（农业机械修配网按片区配对，除外）都按同一规则，并在理由中写明规则和距离：同一工业网中按驻地直线距离最近的统帅，距离相同者轮流分配。虚设的县厂距其统帅不超过120公里：化肥网和动力网的县厂改放在距太原（其统帅所在地）最近的县；原本要隶属于160—255公里外工厂的七个土特产县厂（潞安潞麻、党参，大仁黄花菜，阳城、晋城铁货，闻喜煮饼，稷山板枣）删去。中型修配厂01、09、13由大同、榆次、长治三个省辖市（1958年3月不属所在片区的专区）移到环绕各市的县。",
      ),
      change(
        "Translations: 出人材 is 'supply talent', 包干 'take full charge of' (not 'contract'), 分别 'respectively', 各个专区 'each prefecture', 修配 'repair and fitting', 生产、建设上的问题 'production and construction problems'; the abridged English of q-measure-personnel and q-taiyuan is given in full. The article's own supplied English (article.title.en, article.textEn) is kept verbatim as the seed file gives it.",
        "译文：出人材译作“supply talent”，包干译作“take full charge of”（不是“contract”），分别译作“respectively”，各个专区译作“each prefecture”，修配译作“repair and fitting”，生产、建设上的问题译作“production and construction problems”；q-measure-personnel 和 q-taiyuan 的英译补全。原文附带的英译（article.title.en、article.textEn）照种子文件原样保留。",
      ),
      change(
        "Pinyin: every name is written word-joined with tone marks and capitals ('Dàtóng Kuàngwùjú'), generated with pinyin-pro from a word list and checked by hand for the place names whose common reading is wrong (繁峙 Fánshì, 曲沃 Qūwò, 阳曲 Yángqū, 河曲 Héqū, 垣曲 Yuánqū, 解虞 Xièyú, 长子 Zhǎngzǐ); one-character counties read 'Yìng Xiàn', and the two Pinglu differ (平鲁 Pínglǔ, 平陆 Pínglù).",
        "拼音：所有名称按词连写、标声调、首字母大写（如“Dàtóng Kuàngwùjú”），由 pinyin-pro 依词表生成，常见读音不适用的地名经人工核对（繁峙 Fánshì、曲沃 Qūwò、阳曲 Yángqū、河曲 Héqū、垣曲 Yuánqū、解虞 Xièyú、长子 Zhǎngzǐ）；单字县名写作“Yìng Xiàn”，两个平鲁/平陆分别为 Pínglǔ、Pínglù。",
      ),
      change(
        "Ties the article states outside the five networks, in a sixth group 'Wider support': Taiyuan's state industrial enterprises (太原市国营工业企业) and their ties, attested and drawn solid, with each of the five prefectures' local industry (equipment and materials); Yangquan's and Datong's state industrial and mining enterprises and their ties with nearby local industry, marked as being established; the province's state plants and mines, which sent the 600+ technicians. All are groups (a new `kind`), not single enterprises. The headline, slogan and lede are attested facts, and 'training technical forces' and 'technical transformation' support kinds attested by the personnel measure.",
        "原文记载的五网之外的联系，列为第六组“五网之外的联系”：太原市国营工业企业与五个专区地方工业的联系（设备、材料），原文记载，实线表示；阳泉、大同两市国营工矿企业与附近地方工业的联系，标为正在建立；抽调六百多名技术人员的全省国营厂矿。它们都是企业群体（新增 kind 字段），而非单个企业。标题、口号和导语列为原文记载的事实；“培养技术力量”和“技术改造”两种支援方式以原文第一项措施为据。",
      ),
    ],
  },
];
