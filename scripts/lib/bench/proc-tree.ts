/**
 * The memory of a process tree, read from Linux's `/proc`: each process's
 * parent from `/proc/<pid>/stat` and its resident set from
 * `/proc/<pid>/status`. Parsing and summing are pure; `sample-rss.ts` reads.
 */

/** One process: its id, its parent's id and its resident set in KiB. */
export interface ProcEntry {
  pid: number;
  ppid: number;
  rssKB: number;
}

/**
 * Process id, parent id and command name from the text of `/proc/<pid>/stat`,
 * or null when it is not one. The command name sits in parentheses and may
 * itself hold spaces and parentheses, so the fields are read after the last `)`.
 * @example parseStat('42 (node (worker)) S 7 42 7 0') // { pid: 42, ppid: 7, name: 'node (worker)' }
 */
export function parseStat(stat: string): { pid: number; ppid: number; name: string } | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(stat.slice(0, open).trim());
  const ppid = Number(
    stat
      .slice(close + 1)
      .trim()
      .split(/\s+/)[1],
  );
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid, name: stat.slice(open + 1, close) } : null;
}

/**
 * CPU seconds spent by the reaped children of a process (and by theirs, as
 * each parent reaps them), from its `/proc/<pid>/stat`: fields `cutime` and
 * `cstime`, counted in USER_HZ ticks, 100 a second on Linux. Null for text
 * that is not a stat line.
 * @example childCpuSeconds('7 (node) S 1 7 7 0 -1 0 0 0 0 0 5 2 250 30 20 0') // 2.8
 */
export function childCpuSeconds(stat: string, ticksPerSecond = 100): number | null {
  const close = stat.lastIndexOf(')');
  if (close < 0) return null;
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) && fields.length > 14
    ? (cutime + cstime) / ticksPerSecond
    : null;
}

/** A `<key>: <n> kB` line of `/proc/<pid>/status`, in KiB, or null when it is missing. */
function statusKB(status: string, key: string): number | null {
  const match = new RegExp(`^${key}:\\s*(\\d+)\\s*kB`, 'm').exec(status);
  return match ? Number(match[1]) : null;
}

/**
 * The resident set in KiB from the text of `/proc/<pid>/status`; 0 when the
 * line is missing, as it is for kernel threads and zombies.
 * @example parseVmRssKB('Name:\tnode\nVmRSS:\t  123456 kB\n') // 123456
 */
export function parseVmRssKB(status: string): number {
  return statusKB(status, 'VmRSS') ?? 0;
}

/**
 * The peak resident set (high-water mark) in KiB from the text of
 * `/proc/<pid>/status`, or null when the line is missing.
 * @example parseVmHwmKB('Name:\tpagefind\nVmHWM:\t  204800 kB\n') // 204800
 */
export function parseVmHwmKB(status: string): number | null {
  return statusKB(status, 'VmHWM');
}

/**
 * The ids of `root` and every process below it. Parent links are followed
 * from the root down, so a cycle or an orphan cannot loop or leak in.
 */
export function treePids(root: number, entries: readonly Pick<ProcEntry, 'pid' | 'ppid'>[]): Set<number> {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of entries) {
    if (pid !== ppid) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const seen = new Set<number>();
  const queue = entries.some((e) => e.pid === root) ? [root] : [];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return seen;
}

/**
 * The summed resident set, in KiB, of `root` and its descendants. Pages
 * shared between processes are counted once per process, so this is an
 * upper bound on what the tree holds, the figure an out-of-memory limit sees.
 */
export function treeRssKB(root: number, entries: readonly ProcEntry[]): number {
  const pids = treePids(root, entries);
  return entries.filter((e) => pids.has(e.pid)).reduce((sum, e) => sum + e.rssKB, 0);
}
