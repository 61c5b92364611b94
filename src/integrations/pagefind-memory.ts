/**
 * The peak memory of the Pagefind service process, read before it is closed:
 * the service is a child binary, so the build's own heap figures never see
 * it. Linux keeps each process's high-water mark in `/proc/<pid>/status`
 * (`VmHWM`); elsewhere this reports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The parent id and command name in the text of `/proc/<pid>/stat`, or null.
 * @example statParent('42 (pagefind) S 7 42') // { ppid: 7, name: 'pagefind' }
 */
export function statParent(stat: string): { ppid: number; name: string } | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const ppid = Number(
    stat
      .slice(close + 1)
      .trim()
      .split(/\s+/)[1],
  );
  return Number.isSafeInteger(ppid) ? { ppid, name: stat.slice(open + 1, close) } : null;
}

/**
 * The `VmHWM` line of `/proc/<pid>/status` in KiB, or null.
 * @example highWaterKB('Name:\tpagefind\nVmHWM:\t  204800 kB\n') // 204800
 */
export function highWaterKB(status: string): number | null {
  const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
  return match ? Number(match[1]) : null;
}

/**
 * The largest peak resident set, in KiB, of this process's children named
 * `pagefind…` (the running search service), or null when there is none or
 * `/proc` cannot be read.
 */
export function serviceHighWaterKB(procDir = '/proc', parent = process.pid): number | null {
  let names: string[];
  try {
    names = readdirSync(procDir).filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let peak: number | null = null;
  for (const pid of names) {
    const stat = read(join(procDir, pid, 'stat'));
    const link = stat === null ? null : statParent(stat);
    if (!link || link.ppid !== parent || !link.name.startsWith('pagefind')) continue;
    const kb = highWaterKB(read(join(procDir, pid, 'status')) ?? '');
    if (kb !== null) peak = Math.max(peak ?? 0, kb);
  }
  return peak;
}
