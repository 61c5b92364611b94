/**
 * The peak memory of the Pagefind service process, read before it is closed:
 * the service is a child binary, so the build's own heap figures never see
 * it. Linux keeps each process's high-water mark in `/proc/<pid>/status`
 * (`VmHWM`); elsewhere this reports nothing.
 */
import { join } from 'node:path';
import { parseVmHwmKB } from '../../scripts/lib/bench/proc-tree.ts';
import { readOrNull, readProcesses } from '../../scripts/lib/bench/sample-rss.ts';

/**
 * The largest peak resident set, in KiB, of this process's children named
 * `pagefind…` (the running search service), or null when there is none or
 * `/proc` cannot be read.
 */
export function serviceHighWaterKB(procDir = '/proc', parent = process.pid): number | null {
  let processes: ReturnType<typeof readProcesses>;
  try {
    processes = readProcesses(procDir);
  } catch {
    return null;
  }
  const peaks = processes
    .filter((p) => p.ppid === parent && p.name.startsWith('pagefind'))
    .flatMap((p) => parseVmHwmKB(readOrNull(join(procDir, String(p.pid), 'status')) ?? '') ?? []);
  return peaks.length > 0 ? Math.max(...peaks) : null;
}
