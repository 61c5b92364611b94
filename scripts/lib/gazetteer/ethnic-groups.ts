/**
 * Ethnic groups that appear in the names of autonomous prefectures, counties
 * and banners, with the English forms the PRC uses in the official English
 * names of those units ("Enshi Tujia and Miao Autonomous Prefecture",
 * "Ili Kazak Autonomous Prefecture"). Source: the State Council's list of the
 * 56 recognised ethnic groups and their standard romanisations (GB/T 3304-1991).
 */

/** Chinese stem (without 族) → English name. */
export const ETHNIC_GROUPS: ReadonlyMap<string, string> = new Map([
  ['蒙古', 'Mongol'],
  ['回', 'Hui'],
  ['藏', 'Tibetan'],
  ['维吾尔', 'Uygur'],
  ['苗', 'Miao'],
  ['彝', 'Yi'],
  ['壮', 'Zhuang'],
  ['布依', 'Bouyei'],
  ['朝鲜', 'Korean'],
  ['满', 'Manchu'],
  ['侗', 'Dong'],
  ['瑶', 'Yao'],
  ['白', 'Bai'],
  ['土家', 'Tujia'],
  ['哈尼', 'Hani'],
  ['哈萨克', 'Kazak'],
  ['傣', 'Dai'],
  ['黎', 'Li'],
  ['傈僳', 'Lisu'],
  ['佤', 'Va'],
  ['畲', 'She'],
  ['拉祜', 'Lahu'],
  ['水', 'Sui'],
  ['东乡', 'Dongxiang'],
  ['纳西', 'Naxi'],
  ['景颇', 'Jingpo'],
  ['柯尔克孜', 'Kirgiz'],
  ['土', 'Tu'],
  ['达斡尔', 'Daur'],
  ['仫佬', 'Mulao'],
  ['羌', 'Qiang'],
  ['布朗', 'Blang'],
  ['撒拉', 'Salar'],
  ['毛南', 'Maonan'],
  ['仡佬', 'Gelao'],
  ['锡伯', 'Xibe'],
  ['普米', 'Pumi'],
  ['塔吉克', 'Tajik'],
  ['怒', 'Nu'],
  ['鄂温克', 'Evenki'],
  ['保安', 'Bonan'],
  ['裕固', 'Yugur'],
  ['独龙', 'Derung'],
  ['鄂伦春', 'Oroqen'],
  ['各', 'Various Nationalities'],
]);

/**
 * Groups whose names are also written without 族 inside unit names
 * (新疆维吾尔自治区, 博尔塔拉蒙古自治州, 伊犁哈萨克自治州, 鄂伦春自治旗).
 */
export const BARE_ETHNIC_NAMES: ReadonlySet<string> = new Set([
  '蒙古',
  '维吾尔',
  '哈萨克',
  '柯尔克孜',
  '塔吉克',
  '锡伯',
  '鄂伦春',
]);

/**
 * English name of an ethnic group, or `undefined` when it is not in the table.
 * @example ethnicEnglish('土家') // 'Tujia'
 */
export function ethnicEnglish(stem: string): string | undefined {
  return ETHNIC_GROUPS.get(stem);
}
