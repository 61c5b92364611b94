import { describe, expect, test } from 'vitest';
import { parseCompanies } from '../../src/lib/companies.ts';

describe('company names from the gazetteer', () => {
  const yaml = [
    '- id: haier',
    '  name: { hans: 海尔集团, en: Haier Group }',
    '- id: foxconn',
    '  name: { hans: 富士康科技集团, hant: 鴻海科技集團, en: Foxconn }',
    '- id: nameless',
    '- name: { hans: 无编号公司 }',
    '- id: local-co',
    '  name: { hans: 本地公司 }',
  ].join('\n');
  const names = parseCompanies(yaml);

  test('converts a missing Traditional name and keeps a curated one', () => {
    expect(names.get('haier')).toEqual({ hans: '海尔集团', hant: '海爾集團', en: 'Haier Group' });
    expect(names.get('foxconn')?.hant).toBe('鴻海科技集團');
  });

  test('falls back to the Simplified name when there is no English one', () => {
    expect(names.get('local-co')?.en).toBe('本地公司');
  });

  test('skips entries without an id or a name', () => {
    expect([...names.keys()]).toEqual(['haier', 'foxconn', 'local-co']);
  });

  test('reads an empty or non-list file as no companies', () => {
    expect(parseCompanies('').size).toBe(0);
    expect(parseCompanies('companies: 3').size).toBe(0);
  });
});
