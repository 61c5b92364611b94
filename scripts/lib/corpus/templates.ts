/**
 * Sentence patterns of the synthetic articles, in Simplified Chinese, written
 * for this project. `{slot}` marks a value the article fills in (see
 * `fill.ts`): places, parks, industries, companies, people and figures.
 * Patterns are grouped by where they sit in an article.
 */

/** Headlines: no full stop, at most about forty characters once filled. */
export const TITLES: readonly string[] = [
  '{city}{industry}产业集群加速成势',
  '{park}集中签约{count}个重点项目 总投资{amount}',
  '{company}{industry}项目落户{city}',
  '{city}全力打造{industry}千亿级产业集群',
  '{year}年{city}{industry}产业规模突破{amount}',
  '聚焦{industry} {city}推动产业链上下游协同发展',
  '{city}:{park}建设按下快进键',
  '{park}开园 首批{count}家企业入驻',
  '{city}{industry}产业链再添重磅项目',
  '链主引领 {city}{industry}集群跑出加速度',
  '{city}与{company}签署战略合作协议',
  '{industry}产业园区提质扩容 {city}新增{count}个项目',
  '{city}出台措施支持{industry}产业高质量发展',
  '投资{amount}的{industry}项目在{city}开工',
  '{park}:{industry}企业扎堆落户的背后',
  '{city}{industry}产业营收同比增长{pct}',
  '从“一棵树”到“一片林” {city}{industry}集群成长记',
  '{city}{industry}产业发展大会举行',
];

/** First paragraphs: who, where, what, how much. */
export const LEADS: readonly string[] = [
  '{md},{city}{industry}重点项目集中签约仪式在{park}举行,共签约项目{count}个,总投资{amount}。',
  '近日,{company}与{city}签署合作协议,双方将在{park}共建{industry}生产基地,项目总投资{amount}。',
  '{md}上午,{park}{count}个{industry}项目集中开工,计划总投资{amount},预计全部达产后年产值可达{amount2}。',
  '记者从{city}发展和改革委员会获悉,{year}年全市{industry}产业实现营业收入{amount},同比增长{pct},产业集群效应持续显现。',
  '作为{city}重点培育的新兴产业,{industry}产业近年来保持较快增长,目前全市已集聚相关企业{firms}家。',
  '{md},{city}召开{industry}产业发展推进会,会议提出,到{target}年全市{industry}产业规模力争达到{amount}。',
  '走进{park},一座座现代化厂房拔地而起,{industry}企业的生产线正满负荷运转。',
  '{city}{park}日前传来消息,{company}投资建设的{industry}项目正式投产,这是园区今年投产的第{count}个项目。',
];

/** Sentences of the body, in no particular order. */
export const BODY: readonly string[] = [
  '{park}规划面积{area},重点发展{industry}和{industry2}两大产业。',
  '截至目前,园区已累计引进项目{count}个,协议总投资{amount}。',
  '{year}年,{city}{industry}产业总产值达到{amount},比上年增长{pct}。',
  '全市{industry}规模以上企业达到{firms}家,其中高新技术企业占比超过{pct}。',
  '{company}的入驻带动了一批上下游配套企业向{city}集聚。',
  '项目建成后,预计可新增就业岗位{jobs}个,年纳税{amount}。',
  '园区坚持“链长制”工作机制,围绕龙头企业开展精准招商。',
  '为解决企业融资难题,当地设立了规模{amount}的产业引导基金。',
  '{city}还与{city2}签署了产业协作框架协议,推动两地在{industry}领域优势互补。',
  '不少来自{city2}的配套企业也将生产基地布局到{park}。',
  '目前,{industry}产业已成为{city}经济增长的重要引擎,对全市工业增长的贡献率达到{pct}。',
  '园区内的研发中心已建成投用,累计申请发明专利{count}项。',
  '今年以来,{park}新签约项目{count}个,其中投资超过10亿元的项目{count2}个。',
  '{company}相关负责人介绍,新生产线采用了自主研发的智能制造系统,生产效率提升{pct}。',
  '在政策支持方面,{city}对新落户的{industry}企业给予用地、人才和资金等方面的扶持。',
  '据统计,{park}去年实现工业产值{amount},同比增长{pct}。',
  '当地还建设了公共技术服务平台,为中小企业提供检测认证、中试验证等服务。',
  '下一步,园区将围绕{industry}产业链的关键环节,补链延链强链。',
  '目前,项目一期厂房已完成主体结构施工,设备安装正在有序推进。',
  '{city}依托{industry}产业基础,正积极布局{industry2}等未来产业。',
  '这些项目涵盖{industry}、{industry2}等多个领域,产业关联度高,带动作用强。',
  '{role}{person}在会上表示,要以项目建设为抓手,推动产业集群发展壮大。',
  '“我们看中的是这里完善的产业配套和高效的政务服务。”{company}负责人{person}说。',
  '{person}介绍,园区将为入驻企业提供从项目审批到投产运营的全流程服务。',
  '按照规划,到{target}年,{park}将形成产值超过{amount}的{industry}产业集群。',
  '园区配套建设了人才公寓、职工食堂和物流中心,企业的生产生活需求得到保障。',
  '去年,全市共引进{industry}领域高层次人才{count}名,新建省级以上创新平台{count2}个。',
  '与此同时,{city}加快推进产业数字化转型,已有{firms}家企业完成智能化改造。',
  '在{company}的带动下,{city}的{industry}产业链条不断延伸。',
  '园区累计完成固定资产投资{amount},基础设施建设基本完成。',
  '{year}年{md2},{park}被认定为省级特色产业园区。',
  '据介绍,该项目占地约{area},建成后年产能可达{capacity}。',
  '{city}统计数据显示,今年前三季度,全市{industry}产业增加值同比增长{pct}。',
  '业内人士认为,{city}发展{industry}产业具有区位、人才和市场等多重优势。',
  '当前,{park}正加快建设标准化厂房,为后续项目落地预留空间。',
  '{company}计划在三年内将{city}基地打造成其在国内最重要的生产基地之一。',
];

/** Subheadings: short, no sentence punctuation. */
export const SUBHEADINGS: readonly string[] = [
  '龙头引领 链式集聚',
  '优化服务 厚植沃土',
  '创新驱动 提质增效',
  '{industry}集群效应显现',
  '项目建设跑出加速度',
  '做强载体 筑巢引凤',
  '人才汇聚 动能澎湃',
  '补链强链 协同发展',
];

/** Last paragraphs: what comes next. */
export const CLOSINGS: readonly string[] = [
  '下一步,{city}将继续坚持项目为王,推动{industry}产业集群向更高水平迈进。',
  '{person}表示,{park}将进一步优化营商环境,力争到{target}年引进{industry}企业{firms}家以上。',
  '据悉,{city}还将举办{industry}产业招商推介会,吸引更多优质项目落地。',
  '未来,{city}将以{park}为核心载体,加快建设具有竞争力的{industry}产业高地。',
];

/** Photo captions, printed between paragraphs. */
export const CAPTIONS: readonly string[] = [
  '图为{park}一角。',
  '{company}生产车间内,工人正在操作设备。{person} 摄',
  '图为{city}{industry}企业的自动化生产线。(资料图)',
];

/** The roles officials and managers speak in. */
export const ROLES: readonly string[] = [
  '市委书记',
  '市长',
  '副市长',
  '园区管委会主任',
  '市工业和信息化局局长',
  '市发展改革委主任',
  '市投资促进局局长',
];

/** Suffixes of generated park names: the forms park detection looks for. */
export const PARK_SUFFIXES: readonly string[] = ['产业园', '产业园区', '科技园', '产业基地', '产业新城', '创新产业园'];

/** Given names, chosen so that no two characters spell a place name. */
export const GIVEN_NAMES: readonly string[] = [
  '建军',
  '海燕',
  '志强',
  '晓明',
  '丽娟',
  '文博',
  '思远',
  '雨桐',
  '子涵',
  '宇航',
  '明轩',
  '晨曦',
  '立新',
  '卫民',
  '秀英',
  '红梅',
  '俊杰',
  '欣怡',
  '振华',
  '秋菊',
  '德胜',
  '玉兰',
  '浩然',
  '静怡',
];

/** Common surnames. */
export const SURNAMES: readonly string[] = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
  '程',
  '曹',
];
