import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query.ts';
import { hasFilters, readState, stateToSearch } from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  test('reads the query and the known filters, ignoring other parameters', () => {
    const state = readState('?q=%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF&city=%E9%9D%92%E5%B2%9B&utm=x&year=2020');
    expect(state).toEqual({ q: '集成电路', filters: { city: '青岛', year: '2020' } });
  });

  test('round-trips a state through its query string', () => {
    const state = { q: 'integrated circuits', filters: { type: 'article', industry: 'Integrated circuits' } };
    expect(readState(stateToSearch(state))).toEqual(state);
  });

  test('writes q first and the filters in a fixed order', () => {
    expect(stateToSearch({ q: 'BOE', filters: { year: '2023', type: 'article' } })).toBe(
      '?q=BOE&type=article&year=2023',
    );
  });

  test('writes nothing for an empty state, so the URL loses its query', () => {
    expect(stateToSearch({ q: '   ', filters: {} })).toBe('');
  });

  test('cuts absurdly long parameters', () => {
    const q = 'a'.repeat(100_000);
    expect(readState(`?q=${q}`).q.length).toBeLessThanOrEqual(4 * MAX_QUERY_LENGTH);
  });

  test('knows whether any filter is set', () => {
    expect(hasFilters({ q: '', filters: {} })).toBe(false);
    expect(hasFilters({ q: '', filters: { type: 'city' } })).toBe(true);
  });
});
