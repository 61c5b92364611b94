/**
 * Samples the peak memory of a running process tree: every interval, the
 * parent links of all processes are read, the tree below the root is found,
 * and only its members' resident sets are read and summed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStat, parseVmRssKB, treePids, type ProcEntry } from './proc-tree.ts';

/** Read a file, or null when the process ended between listing and reading. */
export function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Every process under `procDir`: its id, parent id and command name. Throws when `procDir` cannot be listed. */
export function readProcesses(procDir: string): { pid: number; ppid: number; name: string }[] {
  return readdirSync(procDir)
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      const stat = readOrNull(join(procDir, name, 'stat'));
      const parsed = stat === null ? null : parseStat(stat);
      return parsed ? [parsed] : [];
    });
}

/**
 * The tree below `root` as it is now, each member with its resident set.
 * @example readTree(process.pid) // [{ pid: 1234, ppid: 1, rssKB: 80000 }, …]
 */
export function readTree(root: number, procDir = '/proc'): ProcEntry[] {
  const links = readProcesses(procDir);
  const members = treePids(root, links);
  return links
    .filter((l) => members.has(l.pid))
    .map((l) => ({ ...l, rssKB: parseVmRssKB(readOrNull(join(procDir, String(l.pid), 'status')) ?? '') }));
}

/** A running sampler: `stop()` ends it and returns the peak tree RSS seen, in KiB. */
export interface RssSampler {
  stop(): number;
}

/**
 * Sample the tree below `root` every `intervalMs` until stopped. Sampling
 * does not keep the event loop alive on its own.
 */
export function sampleTreeRss(root: number, intervalMs = 200, procDir = '/proc'): RssSampler {
  let peak = 0;
  const sample = (): void => {
    try {
      peak = Math.max(
        peak,
        readTree(root, procDir).reduce((sum, e) => sum + e.rssKB, 0),
      );
    } catch {
      // /proc can vanish under us (no /proc on this system, or the tree just ended): keep the peak so far.
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
