import { describe, expect, test } from 'vitest';
import {
  clauseEnd,
  clauseStart,
  isPhraseEnd,
  phraseStart,
  sentenceEnd,
  sentenceStart,
} from '../../scripts/lib/sentence-bounds.ts';

const text = '青岛市集成电路产业加快发展，总投资120亿元。园区引进项目30个；产值增长15%！';

describe('sentence bounds', () => {
  test('a sentence runs from after the previous full stop to its own', () => {
    const at = text.indexOf('引进');
    const start = sentenceStart(text, at);
    const end = sentenceEnd(text, at);
    expect(text.slice(start, end)).toBe('园区引进项目30个');
    expect(text.charAt(end)).toBe('；');
  });

  test('the first sentence starts at 0 and the last ends at the text length', () => {
    expect(sentenceStart(text, 3)).toBe(0);
    const last = 'ABC';
    expect(sentenceEnd(last, 1)).toBe(3);
  });

  test('ASCII and full-width sentence marks both end a sentence', () => {
    expect(sentenceStart('甲! 乙', 4)).toBe(2);
    expect(sentenceStart('甲！乙', 2)).toBe(2);
    expect(sentenceStart('甲；乙', 2)).toBe(2);
  });
});

describe('clause bounds', () => {
  test('a clause stops at commas and colons as well as sentence marks', () => {
    const at = text.indexOf('总投资');
    expect(text.slice(clauseStart(text, at), clauseEnd(text, at))).toBe('总投资120亿元');
    const listed = '签约项目：光伏';
    expect(listed.slice(clauseStart(listed, 6), clauseEnd(listed, 6))).toBe('光伏');
  });
});

describe('phrase bounds', () => {
  test('a phrase never crosses a list comma, bracket or quotation mark', () => {
    const s = '引进“链主”企业、配套企业（共12家）';
    expect(s.slice(phraseStart(s, s.indexOf('配套')))).toBe('配套企业（共12家）');
    expect(phraseStart(s, s.indexOf('共'))).toBe(s.indexOf('共'));
  });

  test('punctuation ends a phrase and Han characters do not', () => {
    expect(['、', '“', '）', '《', '，'].every(isPhraseEnd)).toBe(true);
    expect(['园', 'a', '1', ''].some(isPhraseEnd)).toBe(false);
  });
});
