/**
 * Runs one step of the benchmark as a child process: its wall time, the
 * peak memory of its whole process tree, and everything it printed (kept in
 * memory and written to a log file for a reader to go through).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { childCpuSeconds } from './proc-tree.ts';
import { sampleTreeRss } from './sample-rss.ts';

/** How a child step went. */
export interface ChildRun {
  seconds: number;
  /** CPU time of the child and everything below it (all cores added up); null without /proc. */
  cpuSeconds: number | null;
  peakRssKB: number;
  code: number | null;
  log: string;
}

/** What to run, where, and where its output goes. */
export interface ChildSpec {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
}

/** CPU seconds of this process's reaped children so far, or null without /proc. */
function reapedCpu(): number | null {
  try {
    return childCpuSeconds(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Run a command to its end. Its CPU time is what this process's reaped
 * children's total grew by, so one child step should run at a time. Never rejects on a failing exit: the caller
 * reads `code` and shows the log.
 * @example await runChild({ command: process.execPath, args: ['scripts/build.ts'], cwd, env, logFile })
 */
export function runChild(spec: ChildSpec): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = reapedCpu();
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) {
      child.once('error', reject);
      return;
    }
    const sampler = sampleTreeRss(child.pid);
    const file = createWriteStream(spec.logFile);
    const chunks: Buffer[] = [];
    const keep = (chunk: Buffer): void => {
      chunks.push(chunk);
      file.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peakRssKB = sampler.stop();
      const cpuAfter = reapedCpu();
      const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      file.end(() => resolve({ seconds, cpuSeconds, peakRssKB, code, log: Buffer.concat(chunks).toString('utf8') }));
    });
  });
}
