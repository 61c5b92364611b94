import { describe, expect, test } from 'vitest';
import { extractMetadata } from '../../scripts/lib/extract-metadata.ts';

const page = (text: string): string[] => text.split('\n').map((line) => line.trim());

describe('extractMetadata on whole pages', () => {
  test('reads a plain page with a date-and-source line and a closing editor line', () => {
    const meta = extractMetadata(
      page(`江城市委书记出席光电项目签约仪式:聚势发展工业互联网

2020年04月21日 09:57 来源:江淮网

4月15日下午,某某科技集团与江城新区以网络视频形式签署项目合作协议,市领导出席并致辞。
记者在位于江城新区的项目现场看到,首批设备已经进场调试。
编辑:李慧`),
    );
    expect(meta).toEqual({
      title: '江城市委书记出席光电项目签约仪式:聚势发展工业互联网',
      date: '2020-04-21',
      source: '江淮网',
      authors: ['李慧'],
      metadataLines: [2, 6],
      titleFromLead: false,
    });
  });

  test('skips a portal login menu, reads a date under its label and takes the first headline line', () => {
    const meta = extractMetadata(
      page(`江城资讯 江城资讯
免费注册
用户登录
*
国内
产业头条
前沿 即时 集成的资讯信息
发布日期:
2021/05/19
字号
光谷牵手江城

再出发

光电产业峰会2021江城站开幕
5月13日,以“智变·质变”为主题的光电产业峰会在江城新区举行,与会嘉宾围绕城市与产业升级展开探讨。
来源:某某网江城
立足本地 深耕跨境`),
    );
    expect(meta.title).toBe('光谷牵手江城');
    expect(meta.date).toBe('2021-05-19');
    expect(meta.source).toBe('某某网江城');
    expect(meta.metadataLines).toEqual([7, 8, 16]);
  });

  test('reads a Traditional page: publisher before the publish label, header and section bylines', () => {
    const meta = extractMetadata(
      page(`當前位置: 首頁 > 新聞 > 產業財經

地方新興產業集群加速融入全球產業鏈

某某社客戶端發布時間:2024-01-22 11:21:49  作者:陳立 許文華

  越來越多城市的新興產業集群開始在全球產業版圖中占有一席之地,高端項目不斷落地。
  「無中生有」隆起產業高地
  記者在位於開發區的生產車間看到,單晶硅棒被切割成硅片後進入倉庫準備出廠。(記者 周安 吳桐 杭州報道)

評論
用戶名:   匿名發表
相關閱讀
無相關信息`),
    );
    expect(meta.title).toBe('地方新興產業集群加速融入全球產業鏈');
    expect(meta.date).toBe('2024-01-22');
    expect(meta.source).toBe('某某社客戶端');
    expect(meta.authors).toEqual(['陳立', '許文華', '周安', '吳桐']);
    expect(meta.metadataLines).toEqual([4]);
  });

  test('reads an e-paper page: navigation first, repeated date, headline, deck and 本报讯 byline', () => {
    const meta = extractMetadata(
      page(`顶部
2020年08月19日 星期三
第03版:经 济
版面导航
第01版
第02版
第03版
2020年08月19日 星期三
江城新区生物医药产业增长势头强劲
去年实现主营业务收入81.5亿元,同比增长16.5%

本报讯(记者 赵明) 去年,江城新区生物医药产业投产企业共有32户,实现主营业务收入81.5亿元。`),
    );
    expect(meta).toMatchObject({
      title: '江城新区生物医药产业增长势头强劲',
      date: '2020-08-19',
      source: null,
      authors: ['赵明'],
    });
    expect(meta.metadataLines).toEqual([1, 7]);
  });

  test('takes the publisher from the lead, never from a disclaimer that quotes a source label', () => {
    const meta = extractMetadata(
      page(`江城经信委副主任:发展电子信息产业 助力“智造重镇”建设

22.05.2020 08:02

江淮日报消息,电子信息产业作为我市重要支柱产业之一,如何持续推动该产业高质量发展?
江淮日报:接下来将如何推动该产业持续发展?
李明:我们将注重优化存量、扩容增量、提升质量。
【免责声明】某某新闻客户端未标有“来源:某某新闻-江城晨报”的稿件均为转载稿。
举报`),
    );
    expect(meta).toMatchObject({ date: '2020-05-22', source: '江淮日报', authors: [] });
  });

  test('splits fields glued together on the date line and reads a reporter line', () => {
    const meta = extractMetadata(
      page(`江城动力电池一期项目正式投运

2021-06-18 06:39:56来源:川南日报编辑:张力

川南在线记者 陈立 许文华

6月17日,江城动力电池一期项目投运仪式在江城新区东部产业园举行,标志着产业协同进入新阶段。
    编辑推荐`),
    );
    expect(meta).toMatchObject({ title: '江城动力电池一期项目正式投运', date: '2021-06-18', source: '川南日报' });
    expect(meta.authors).toEqual(['张力', '陈立', '许文华']);
    expect(meta.metadataLines).toEqual([2, 4]);
  });

  test('derives a title from the lead when a Taiwanese page prints none, and reads its dateline', () => {
    const meta = extractMetadata(
      page(` date 2025-11-19 某某網記者王小明 台北 2025-11-19 19:48

園區管理局今日舉辦招商成果發表會，宣布今年度成功促成166件投資案。後續還有更多廠商進駐。`),
    );
    expect(meta).toMatchObject({
      title: '園區管理局今日舉辦招商成果發表會，宣布今年度成功促成166件投資案',
      titleFromLead: true,
      date: '2025-11-19',
      source: '某某網',
      authors: ['王小明'],
      metadataLines: [0],
    });
  });

  test('converts an ROC date on its own line', () => {
    const meta = extractMetadata(
      page('南科園區營業額再創新高\n中華民國114年11月19日\n南部科學園區今年前十月營業額突破2兆元，再度刷新歷史紀錄。'),
    );
    expect(meta.date).toBe('2025-11-19');
  });

  test('returns a null date and no authors when only body sentences carry dates and reporters', () => {
    const meta = extractMetadata(
      page(`江城新兴产业专业园区成为新质生产力平台
截至2024年3月底,8个园区集聚了一批大项目,在建项目50个、计划总投资1351.4亿元。
2019年8月16日,企业与江城市政府签署战略合作协议,双方将在芯片设计等方面开展合作。
记者在位于江城的生产车间看到,单晶硅棒被切割成硅片。`),
    );
    expect(meta).toMatchObject({ date: null, source: null, authors: [], metadataLines: [] });
  });

  test('reads a bare publisher on a date line under an app banner', () => {
    const meta = extractMetadata(
      page(`关闭
某某汽车网APP
最新车型,最新资讯!
立即下载
首页 > 资讯 > 热点聚焦 > 正文
江城新能源战略提速 450亿打造新能源产业园
2017/10/24 某某汽车 阅读:10128
听资讯
随着“双积分”政策落地,国内新能源汽车产业发展进一步加速,江城集团将打造新能源汽车产业园。`),
    );
    expect(meta).toMatchObject({
      title: '江城新能源战略提速 450亿打造新能源产业园',
      date: '2017-10-24',
      source: '某某汽车',
    });
  });

  test('prefers the source label of a repost over the paper named in a closing byline', () => {
    const meta = extractMetadata(
      page(`江城园区产业蝶变
来源:某某网江城
园区在建项目50个,计划总投资超过1300亿元,成为新质生产力培育的重要平台。(江城日报记者 杨光)`),
    );
    expect(meta).toMatchObject({ source: '某某网江城', authors: ['杨光'] });
  });

  test('falls back to the paper named in a closing byline', () => {
    const meta = extractMetadata(
      page(
        '江城园区产业蝶变\n园区在建项目50个,计划总投资超过1300亿元,成为新质生产力培育的重要平台。(江城日报/江城新闻记者 杨光)',
      ),
    );
    expect(meta.source).toBe('江城日报/江城新闻');
  });
});
