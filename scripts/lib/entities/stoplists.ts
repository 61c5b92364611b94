/**
 * Word lists that keep place names from linking where they are ordinary
 * words. They hold Simplified forms; Traditional text is folded before
 * matching, so they apply to both scripts.
 */

/**
 * Short forms that are first of all ordinary words (新兴 "emerging", 振兴
 * "revitalise", 合作 "cooperation", 高要 in 高要求 …). A place whose short form
 * is listed links only by its full name (新兴县, 合作市).
 */
export const NEVER_SHORT: ReadonlySet<string> = new Set(
  (
    '和平 新华 城中 城东 城西 城南 城北 城区 城关 市中 新城 老城 新市 西市 新区 开发 高新 经济 郊区 矿区 ' +
    '江北 江南 河东 河西 河北 河南 南岸 东区 西区 南区 北区 中区 中西 东方 东风 解放 红旗 前进 向阳 太平 平安 ' +
    '安定 共和 同德 同仁 长寿 长安 永安 富民 大兴 金山 西山 东山 白沙 港口 海港 站前 元宝 友好 工农 爱民 ' +
    '龙凤 清新 高明 高要 高密 南海 光明 中原 中山 江城 江海 江山 新兴 振兴 合作 新民 灯塔 磐石 龙井 临江 ' +
    '龙门 沙河 阳春 弥勒 个旧 香格里拉 新星 白杨 千山 互助 大通 龙湖 北辰 滨海 无为 太湖 泰山 ' +
    '黄山 青山 七星 仁和 兴隆 复兴 安宁 海城 胜利 红星 先锋 团结 民主 建设 城厢'
  ).split(/\s+/),
);

/**
 * Short forms of prefectures and county-level cities that are also common
 * words or names of other things (日照 "sunshine", 大同 "great harmony", 长治
 * in 长治久安, 三明 in 三明治, 北海 "Hokkaido" in 北海道). They link only when the
 * article also names their province or a place in it; the full name (日照市)
 * always links.
 */
export const CONTEXT_SHORT: ReadonlySet<string> = new Set(
  (
    '朝阳 日照 白山 白银 来宾 安康 大同 长治 四平 黑河 兴安 玉树 海北 海西 海东 河源 北海 中山 三明 ' +
    '安顺 开封 新乡 普洱 大理 阿里 红河 怒江 山南 和田 哈密 玉溪 金昌 桃园 临海 天长 明光 东兴 三河 ' +
    '当阳 天水 景洪 瑞丽 赤水 五常 安达 海林 宁安 北安 长乐 吉林 海南'
  ).split(/\s+/),
);

/**
 * Full names of county-level units that read as generic phrases (新城区
 * "new town area", 开发区 "development zone"): they never link by name alone.
 */
export const GENERIC_FULL: ReadonlySet<string> = new Set(
  (
    '城区 郊区 矿区 东区 西区 南区 北区 中区 新区 新城区 老城区 开发区 高新区 经开区 市辖区 县 ' +
    '省直辖县级行政区划 自治区直辖县级行政区划'
  ).split(/\s+/),
);

/**
 * Phrases that contain a name but mean something else. Matched like keys,
 * they win by being longer and link nothing (中山大学 is in Guangzhou, not
 * Zhongshan; 有研究 is "there is research", not the company 有研).
 */
export const STOP_PHRASES: readonly string[] = (
  '中山大学 中山路 中山公园 中山装 中山陵 天马行空 三星级 三星堆 联想到 联想起 有研究 有研发 有研制 有研判 ' +
  '有研学 日照时数 日照时间 日照充足 朝阳产业 朝阳行业 北海道 大同小异 长治久安 三明治 四平八稳 黑河腾冲 ' +
  '白山黑水 玉树临风 苹果园 苹果树 苹果种植 小米粥 大理石 开封后 新乡村 安顺利 江海联运 福田汽车 卫星城 南通过 ' +
  // Bays named after cities, and banks and slopes that read as province names (珠江西岸, 黄河北岸, 太行山东麓).
  '胶州湾 杭州湾 深圳湾 泉州湾 江西岸 湖南岸 湖北岸 河南岸 河北岸 山东麓 山西麓 江西侧 湖南侧 湖北侧 河南侧 河北侧'
).split(/\s+/);
