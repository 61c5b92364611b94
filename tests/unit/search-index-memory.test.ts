import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseStat, parseVmHwmKB } from '../../scripts/lib/bench/proc-tree.ts';
import { serviceHighWaterKB } from '../../src/integrations/pagefind-memory.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-pagefind-memory-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake /proc with the given processes. */
function proc(name: string, entries: { pid: number; ppid: number; comm: string; hwm?: number }[]): string {
  const dir = join(root, name);
  for (const e of entries) {
    mkdirSync(join(dir, String(e.pid)), { recursive: true });
    writeFileSync(join(dir, String(e.pid), 'stat'), `${e.pid} (${e.comm}) S ${e.ppid} ${e.pid} 0 0`);
    writeFileSync(
      join(dir, String(e.pid), 'status'),
      `Name:\t${e.comm}\n${e.hwm === undefined ? '' : `VmHWM:\t${e.hwm} kB\n`}VmRSS:\t1 kB\n`,
    );
  }
  mkdirSync(join(dir, 'self'), { recursive: true });
  return dir;
}

describe('parseStat and parseVmHwmKB', () => {
  test('read the parent and name, even a name with spaces and parentheses', () => {
    expect(parseStat('42 (pagefind (x) y) S 7 42 0')).toEqual({ pid: 42, ppid: 7, name: 'pagefind (x) y' });
    expect(parseStat('garbage')).toBeNull();
  });

  test('read the peak resident set, or null without one', () => {
    expect(parseVmHwmKB('Name:\tpagefind\nVmHWM:\t  204800 kB\nVmRSS:\t100 kB\n')).toBe(204800);
    expect(parseVmHwmKB('Name:\tkthreadd\n')).toBeNull();
  });
});

describe('serviceHighWaterKB', () => {
  test("finds the peak of this process's pagefind children only", () => {
    const dir = proc('tree', [
      { pid: 10, ppid: 1, comm: 'node' },
      { pid: 11, ppid: 10, comm: 'pagefind_extended', hwm: 5000 },
      { pid: 12, ppid: 10, comm: 'esbuild', hwm: 90000 },
      { pid: 13, ppid: 99, comm: 'pagefind', hwm: 70000 },
    ]);
    expect(serviceHighWaterKB(dir, 10)).toBe(5000);
  });

  test('gives null with no service running or no /proc', () => {
    expect(serviceHighWaterKB(proc('none', [{ pid: 10, ppid: 1, comm: 'node' }]), 10)).toBeNull();
    expect(serviceHighWaterKB(join(root, 'missing'), 10)).toBeNull();
  });
});
