/**
 * Vocabulary of page chrome: the menus, widgets, forms, disclaimers and
 * footers that news sites print around an article. Patterns are matched
 * against `matchKey(line)` (Simplified, ASCII punctuation, single spaces), so
 * one pattern covers both scripts.
 *
 * Four strengths, because some words are chrome only at the page's edges:
 * - `ANYWHERE`: chrome wherever it appears, at any length (anchored or
 *   phrased so that article sentences cannot match);
 * - `FOOTER`: copyright and site-operator lines, up to `FOOTER_MAX` chars
 *   and never a line that ends a sentence;
 * - `SHORT`: chrome wherever it appears, in lines of at most `SHORT_MAX` chars;
 * - `EDGE`: chrome only above the first or below the last body paragraph
 *   (section names, site names, addresses), where no article text lives.
 */
import { charLength, hanCount, isMenuLike } from './line-shape.ts';

/** Longest line (in characters) the `SHORT` patterns apply to. */
export const SHORT_MAX = 40;

/** Chrome at any length. */
export const ANYWHERE: readonly RegExp[] = [
  // breadcrumbs: 当前位置: 首页 > 新闻 / 人民网>>上海频道>>经济中心
  /^(当前|您的|你的|您现在的|你现在的|所在)位置 ?[:>]/,
  // (no `<` inside: a line with markup such as <script>…</script> is not a breadcrumb)
  /^[^。,!?<]{0,30}>>?[^。,!?<>]{1,30}>>?/,
  /^首页 ?[>›»]/,
  // disclaimers and reprint notices, phrased as only notices phrase them
  /^[【[](免责声明|版权声明|特别声明|郑重声明)[】\]]/,
  /^(免责声明|版权声明|特别声明|郑重声明|声明) ?:/,
  /本文(系)?(转载|转自|来源于|来自|摘自)[^。]{0,40}(仅供参考|不代表|侵权|删除)/,
  /如(有|涉及|涉)(侵权|版权问题)[^。]{0,16}(联系|删除)/,
  /版权归(属)?原作者/,
  /不代表本(平台|网|站|号|公众号|刊)的?(观点|立场)/,
  /转载请注明(出处|来源)/,
  /未经[^。]{0,8}(许可|授权)[,]?(不得|严禁|禁止)(转载|复制|镜像)/,
  /^原标题 ?:/,
];

/** Footer lines (copyright, licences, site operator); never a finished sentence. */
export const FOOTER: readonly RegExp[] = [
  /©|\(c\) ?\d{4}|copyright/i,
  /版权所有/,
  /icp(备|证)|公网安备/i,
  /^(主办|承办|协办)(单位)? ?:/,
  /^网站[^。]{0,12}(支持|电话|维护|管理|标识码)/,
  /推荐使用[^。]{0,40}(分辨率|浏览器)/,
  /违法和不良信息举报/,
];
const FOOTER_MAX = 120;

/** Chrome in short lines only. */
export const SHORT: readonly RegExp[] = [
  // login and registration forms
  /^(免费注册|用户登录|用户注册|用户已注册|邮箱已注册|手机已注册|手机号已注册|密码修改|修改密码|忘记密码|找回密码|登录|注册|退出|退出登录|登录 ?\|? ?注册)$/,
  // lone symbols, and lines with no Chinese at all (page codes, INFO, MI72-P6)
  /^[\s*|·•\-–—_=~#>]+$/,
  /^[\w\-.]+\.(jpe?g|png|gif|webp|bmp|svg)$/i,
  // font size, share, print, favourites, audio widgets
  /^[【[]?[大中小]?字[号体]($|[ :】\]])/,
  /^[【[]?大 ?中 ?小[】\]]?$/,
  /^[【[]?(打印|打印本页|打印此页|打印文章|关闭|关闭窗口|收藏|加入收藏|收藏本页|复制链接|纠错|我要纠错)[】\]]?( |$)/,
  /^分享(到|至|给|本文|文章|让更多人看到)?(微信|微博|朋友圈|qq空间|qq|好友)?[: ]*$/i,
  /^(微信|微博|朋友圈|qq空间|qq|微信扫一扫|扫一扫)$/i,
  /^(听新闻|听资讯|听全文|朗读|语音播报)$/,
  /^(点击|阅读|浏览|阅读量|点击量|浏览次数|阅读数|点击数) ?:? ?\d*$/,
  // report buttons
  /^[【[]?举报[】\]]?$/,
  // editors and responsible editors
  /^[(（【[]?(责任编辑|责编|编辑|审核|校对|编审|监制|值班编辑|实习编辑|审校|终审|初审) ?:[^。?!]{1,24}[)）】\]]?$/,
  // navigation
  /^(返回顶部|回到顶部|返回首页|返回列表|返回上页|返回|顶部|top)$/i,
  /^(上一篇|下一篇|上一条|下一条|上篇|下篇)( ?:|$)/,
  // e-paper chrome
  /^第 ?[0-9一二三四五六七八九十]+ ?版/,
  /^(版面导航|标题导航|上一版|下一版|上一期|下一期|往期回顾|版面概览|往期|pdf版?|pdf下载)$/i,
  // app banners
  /(打开|下载|安装|扫码下载|扫码打开)[^。]{0,8}(app|客户端)/i,
  /^立即(下载|打开|体验)$/,
  // comment forms
  /^(评论|网友评论|发表评论|我要评论|评论区|热门评论|全部评论|查看评论|最新评论|已有\d+条评论) ?\d*$/,
  /^(用户名|密码|验证码|昵称|匿名) ?:/,
  /^匿名发表/,
  /^(无|暂无)(相关)?(信息|新闻|文章|评论)$/,
  /^(提交|发表|发布)(评论)?$/,
];

/** Chrome only in the page header or footer. */
export const EDGE: readonly RegExp[] = [
  /^(首页|主页|新闻|资讯|新闻资讯|新闻中心|新闻动态|公司新闻|行业新闻|行业动态|国内|国际|产业头条|要闻|头条|快讯|正文|搜索|搜 索|顶部|导航|菜单|更多|关闭|info|news|home|menu|search)$/i,
  /^[^。,]{1,14}正文$/,
  /^[^。,]{1,14}app$/i,
  /^(地址|电话|邮编|传真|邮箱|e-mail|email|联系电话) ?:/i,
  /^(联系我们|关于我们|网站地图|广告服务|意见反馈|法律声明|隐私政策|使用条款)/,
];

/** Headings of lists of links to other articles. */
export const RELATED_HEADING =
  /^[【[]?(相关(阅读|新闻|文章|报道|链接|推荐|专题)|推荐阅读|编辑推荐|延伸阅读|热点推荐|热门推荐|热门新闻|热点新闻|猜你喜欢|热门文章|最新文章|最新新闻|更多(精彩|新闻|阅读)|精彩推荐|今日推荐|为你推荐|点击排行|阅读排行|热门排行)[】\]]? ?:?$/;

/**
 * Whether a match key is chrome wherever it appears on the page.
 * @example isChromeKey('返回顶部') // true
 * @example isChromeKey('奔赴“新兴”赛道') // false
 */
export function isChromeKey(key: string): boolean {
  if (key === '') return false;
  if (isBoilerplateKey(key)) return true;
  if (charLength(key) > SHORT_MAX) return false;
  if (hanCount(key) === 0 && charLength(key) <= 24) return true;
  return SHORT.some((p) => p.test(key)) || RELATED_HEADING.test(key);
}

/**
 * Whether a match key is chrome when it sits in the page header or footer:
 * section names, site names, menus, addresses.
 * @example isEdgeChromeKey('新闻资讯') // true
 */
export function isEdgeChromeKey(key: string): boolean {
  if (key === '' || charLength(key) > SHORT_MAX) return false;
  return EDGE.some((p) => p.test(key)) || isMenuLike(key);
}

/**
 * Whether a match key is boilerplate that may quote labels of its own
 * (disclaimers, footers, breadcrumbs): metadata is never read from it.
 * @example isBoilerplateKey('【免责声明】未标有“来源:上游新闻”的稿件均为转载稿。') // true
 */
export function isBoilerplateKey(key: string): boolean {
  if (ANYWHERE.some((p) => p.test(key))) return true;
  return charLength(key) <= FOOTER_MAX && !key.endsWith('。') && FOOTER.some((p) => p.test(key));
}
