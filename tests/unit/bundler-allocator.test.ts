import { describe, expect, test } from 'vitest';
import { bundlerAllocatorEnv } from '../../scripts/lib/bundler-allocator.ts';

describe('bundlerAllocatorEnv', () => {
  test('asks the bundler’s allocator to give freed memory back at once', () => {
    expect(bundlerAllocatorEnv({ PATH: '/usr/bin' })).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
  });

  test('keeps a delay the environment sets', () => {
    expect(bundlerAllocatorEnv({ MIMALLOC_PURGE_DELAY: '250' })).toEqual({ MIMALLOC_PURGE_DELAY: '250' });
  });
});
