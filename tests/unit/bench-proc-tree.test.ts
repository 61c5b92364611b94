import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { childCpuSeconds, parseStat, parseVmRssKB, treePids, treeRssKB } from '../../scripts/lib/bench/proc-tree.ts';
import { runChild } from '../../scripts/lib/bench/run-child.ts';
import { readTree, sampleTreeRss } from '../../scripts/lib/bench/sample-rss.ts';

const temps: string[] = [];
/** A fresh temporary folder, removed after the file's tests. */
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-proc-'));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fake /proc: one folder per process with its stat and status files. */
function fakeProc(processes: { pid: number; ppid: number; comm: string; rssKB: number | null }[]): string {
  const dir = temp();
  for (const p of processes) {
    mkdirSync(join(dir, String(p.pid)));
    writeFileSync(join(dir, String(p.pid), 'stat'), `${p.pid} (${p.comm}) S ${p.ppid} ${p.pid} ${p.ppid} 0 -1 4194560`);
    const rss = p.rssKB === null ? '' : `VmRSS:\t${String(p.rssKB).padStart(8)} kB\n`;
    writeFileSync(join(dir, String(p.pid), 'status'), `Name:\t${p.comm}\nState:\tS (sleeping)\n${rss}Threads:\t1\n`);
  }
  mkdirSync(join(dir, 'sys'));
  writeFileSync(join(dir, 'uptime'), '1.0 2.0\n');
  return dir;
}

describe('parseStat', () => {
  test('reads the parent id after a command name holding spaces and parentheses', () => {
    expect(parseStat('4242 (node (worker) 2) R 17 4242 17 0 -1')).toEqual({
      pid: 4242,
      ppid: 17,
      name: 'node (worker) 2',
    });
  });

  test('returns null for text that is not a stat line', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('4242 node S 17')).toBeNull();
  });
});

describe('parseVmRssKB', () => {
  test('reads the resident set in KiB and gives 0 when the line is missing', () => {
    expect(parseVmRssKB('Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 5 kB\n')).toBe(123456);
    expect(parseVmRssKB('Name:\tkthreadd\nState:\tS\n')).toBe(0);
  });
});

describe('treeRssKB', () => {
  const table = [
    { pid: 1, ppid: 0, rssKB: 10 },
    { pid: 100, ppid: 1, rssKB: 1000 },
    { pid: 101, ppid: 100, rssKB: 200 },
    { pid: 102, ppid: 101, rssKB: 30 },
    { pid: 200, ppid: 1, rssKB: 5000 },
  ];

  test('sums the root and every descendant, and nothing beside them', () => {
    expect(treeRssKB(100, table)).toBe(1230);
    expect(treeRssKB(101, table)).toBe(230);
    expect([...treePids(100, table)].sort()).toEqual([100, 101, 102]);
  });

  test('is 0 for a root that no longer exists, even when stale children name it', () => {
    expect(treeRssKB(999, [...table, { pid: 300, ppid: 999, rssKB: 7 }])).toBe(0);
  });

  test('ends on a cycle of parent links', () => {
    const cyclic = [
      { pid: 5, ppid: 6, rssKB: 1 },
      { pid: 6, ppid: 5, rssKB: 2 },
    ];
    expect(treeRssKB(5, cyclic)).toBe(3);
  });
});

describe('readTree', () => {
  test('reads a /proc folder and keeps only the tree below the root, skipping non-process entries', () => {
    const proc = fakeProc([
      { pid: 1, ppid: 0, comm: 'init', rssKB: 50 },
      { pid: 10, ppid: 1, comm: 'node', rssKB: 800_000 },
      { pid: 11, ppid: 10, comm: 'pagefind (ext)', rssKB: 120_000 },
      { pid: 12, ppid: 10, comm: 'zombie', rssKB: null },
      { pid: 20, ppid: 1, comm: 'chromium', rssKB: 400_000 },
    ]);
    const tree = readTree(10, proc);
    expect(tree.map((e) => e.pid).sort()).toEqual([10, 11, 12]);
    expect(tree.reduce((a, e) => a + e.rssKB, 0)).toBe(920_000);
  });

  test('sampling the live process tree sees at least this process', () => {
    const sampler = sampleTreeRss(process.pid, 10);
    expect(sampler.stop()).toBeGreaterThan(1000);
  });
});

describe('childCpuSeconds', () => {
  test('adds the reaped children’s user and system ticks, at 100 a second', () => {
    expect(childCpuSeconds('7 (node (x)) S 1 7 7 0 -1 4194560 10 0 0 0 5 2 250 30 20 0 1')).toBe(2.8);
    expect(childCpuSeconds('7 (node) S 1 7 7 0 -1 4194560 10 0 0 0 5 2 250 30 20 0', 1000)).toBe(0.28);
  });

  test('is null for text that is not a full stat line', () => {
    expect(childCpuSeconds('no stat here')).toBeNull();
    expect(childCpuSeconds('7 (node) S 1 7')).toBeNull();
  });
});

describe('runChild', () => {
  test('times a child, keeps what it printed, and counts the CPU of the grandchild it started', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'atlas-bench-child-'));
    temps.push(temp);
    // Burn CPU time, not wall time: on a loaded machine 400 ms of wall time may hold far less CPU.
    const burn = 'let x=0;while(process.cpuUsage().user<400000)x++;';
    const script = `${burn}require('node:child_process').execFileSync(process.execPath,['-e',${JSON.stringify(burn)}]);console.log('done 完成');process.exit(3)`;
    const run = await runChild({
      command: process.execPath,
      args: ['-e', script],
      cwd: temp,
      env: process.env,
      logFile: join(temp, 'log'),
    });
    expect(run.code).toBe(3);
    expect(run.log).toContain('done 完成');
    expect(readFileSync(join(temp, 'log'), 'utf8')).toBe(run.log);
    expect(run.seconds).toBeGreaterThanOrEqual(0.8);
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.6);
    expect(run.peakRssKB).toBeGreaterThan(10_000);
  });
});
