/**
 * Reproducible installs: package.json names exact versions and the lock file
 * pins every package, direct or not, to a version and a content hash, so a
 * fresh machine installs exactly what was tested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
const direct = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies });

describe('dependency pinning', () => {
  test('every direct dependency names one exact version, no range', () => {
    const ranged = direct.filter(([, version]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version));
    expect(ranged).toEqual([]);
  });

  test('the lock file holds each direct dependency at the version package.json names', () => {
    const drifted = direct.filter(([name, version]) => lock.packages[`node_modules/${name}`]?.version !== version);
    expect(drifted).toEqual([]);
  });

  test('every locked package carries a version and an integrity hash', () => {
    const entries = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
    expect(entries.length).toBeGreaterThan(direct.length);
    const loose = entries.filter(([, entry]) => !entry.version || !/^sha(256|384|512)-/.test(entry.integrity ?? ''));
    expect(loose.map(([path]) => path)).toEqual([]);
  });
});
