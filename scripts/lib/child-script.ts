/**
 * Running one of the project's scripts in a child Node process, as the build
 * does for each of its steps, so that a step's memory is given back when it
 * ends and steps can run side by side.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';

/** A child process running one of the scripts. */
export interface ScriptRun {
  /** Resolves with its exit code (128 + the signal's number when a signal ended it). */
  exited: Promise<number>;
  /** End it (when the build fails elsewhere). */
  stop(): void;
}

/**
 * Start `scripts/<script>` in a child process with this process's Node
 * options, in this environment plus `env`, its output streamed through.
 */
export function startScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ScriptRun {
  const file = join(import.meta.dirname, '..', script);
  const child = spawn(process.execPath, [...process.execArgv, file, ...args], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const exited = new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  return { exited, stop: () => child.kill() };
}

/** Run a script to its end; resolves with its exit code. */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return startScript(script, args, env).exited;
}

/** Stop this process with a step's exit code when the step failed. */
export function exitOnFailure(step: string, code: number): void {
  if (code === 0) return;
  console.error(`build: ${step} failed (exit ${code})`);
  process.exit(code);
}
