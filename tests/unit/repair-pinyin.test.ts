import { describe, expect, test } from 'vitest';
import { glossTone, repairPinyin } from '../../scripts/lib/repair-pinyin.ts';

const unchanged = (text: string): void => {
  expect(repairPinyin(text)).toEqual({ text, repaired: 0 });
};

describe('repairPinyin: glosses it removes', () => {
  test('tone-marked syllables after characters are removed and counted', () => {
    expect(repairPinyin('新興產(chǎn)業(yè)集群')).toEqual({ text: '新興產業集群', repaired: 2 });
  });

  test('every tone mark counts, ü with tones included', () => {
    const text = '發(fā)展國(guó)際領(lǐng)域電(diàn)網綠(lǜ)色女(nǚ)工略(lüè)';
    expect(repairPinyin(text)).toEqual({ text: '發展國際領域電網綠色女工略', repaired: 7 });
  });

  test('full-width and mixed parentheses hold glosses too', () => {
    expect(repairPinyin('產（chǎn）業(yè）園區（qū)')).toEqual({ text: '產業園區', repaired: 3 });
  });

  test('numbered tones are glosses, with v standing for ü', () => {
    expect(repairPinyin('產(chan3)業(ye4)綠(lv4)')).toEqual({ text: '產業綠', repaired: 3 });
  });

  test('decomposed tone marks are recognised', () => {
    expect(repairPinyin('產(cha\u030Cn)業')).toEqual({ text: '產業', repaired: 1 });
  });

  test('a gloss after a supplementary-plane character is removed', () => {
    expect(repairPinyin('姓𠮷(jí)的人')).toEqual({ text: '姓𠮷的人', repaired: 1 });
  });

  test('a toneless syllable is removed on a line that also has a toned gloss', () => {
    expect(repairPinyin('我們(men)的(de)產(chǎn)業(yè)')).toEqual({ text: '我們的產業', repaired: 4 });
  });

  test('the line, not the text, decides for toneless syllables', () => {
    const text = '產(chǎn)業\n我們(men)的園區';
    expect(repairPinyin(text)).toEqual({ text: '產業\n我們(men)的園區', repaired: 1 });
  });

  test('the count equals the number of glosses removed over many lines', () => {
    const line = '該市產(chǎn)業(yè)規(guī)模擴大,發(fā)展勢頭良好。';
    const { text, repaired } = repairPinyin(Array.from({ length: 50 }, () => line).join('\n'));
    expect(repaired).toBe(200);
    expect(text).not.toMatch(/\(/u);
  });
});

describe('repairPinyin: parentheses it keeps', () => {
  test('place names, acronyms, years and credits in parentheses stay', () => {
    for (const text of [
      '有研半導體(德州)有限公司',
      '人工智能(AI)與功率模塊(IPM)',
      '原子層沉積(ALD)和離子注入(IMP)',
      '万达光电(青岛)有限公司',
      '行动计划(2021年-2023年)',
      '年度報告(2024)',
      '富士康(Foxconn)',
      '正文。(記者 王寧 天津報道)',
    ]) {
      unchanged(text);
    }
  });

  test('list labels and units stay even on a glossed line', () => {
    unchanged('條款(a)與條款(b)');
    unchanged('長度(m)');
    expect(repairPinyin('產(chǎn)業條款(a)長度(m)')).toEqual({ text: '產業條款(a)長度(m)', repaired: 1 });
  });

  test('English words that are also pinyin syllables stay on an unglossed line', () => {
    unchanged('注意(an)與(he)和(long)');
  });

  test('capitalised or multi-syllable romanisations stay', () => {
    unchanged('青島(Qīngdǎo)');
    unchanged('產業(chǎnyè)');
    unchanged('青岛(qingdao)');
  });

  test('a gloss not directly after a Han character stays', () => {
    unchanged('字母a(chǎn)');
    unchanged('產 (chǎn)');
    unchanged('(chǎn)開頭');
  });

  test('a tone-marked word that is not a syllable stays', () => {
    unchanged('產(bǎk)');
    unchanged('產(chǎǹ)');
    unchanged('產(chǎn3)');
  });

  test('an empty string and a text without parentheses are unchanged', () => {
    unchanged('');
    unchanged('集成电路产业园\n\n正文');
  });
});

describe('glossTone', () => {
  test('classifies the content of a parenthesis', () => {
    expect(glossTone('chǎn')).toBe('marked');
    expect(glossTone('ń')).toBe('marked');
    expect(glossTone('zhuang4')).toBe('numbered');
    expect(glossTone('men')).toBe('none');
    expect(glossTone('a')).toBeNull();
    expect(glossTone('IPM')).toBeNull();
    expect(glossTone('Chǎn')).toBeNull();
    expect(glossTone('xyz')).toBeNull();
  });
});

describe('speed', () => {
  test('a 100,000-character glossed line is repaired in well under a second', () => {
    const unit = '產(chǎn)業(yè)(AI)';
    const line = unit.repeat(Math.ceil(100_000 / unit.length));
    repairPinyin('產(chǎn)');
    const started = performance.now();
    const { text, repaired } = repairPinyin(line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(repaired).toBe(2 * (line.length / unit.length));
    expect(text).toBe('產業(AI)'.repeat(line.length / unit.length));
  });
});
