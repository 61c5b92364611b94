/**
 * Before `npm test`: the browser tests drive Debian's Chromium (never a
 * downloaded browser). On a fresh machine where we are root with apt, install
 * it, with a CJK font; elsewhere, say exactly what is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function installed(pkg: string): boolean {
  try {
    execFileSync('dpkg', ['-s', pkg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = PACKAGES.filter((p) => !installed(p));
if (existsSync(CHROMIUM) && missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(
    `The browser tests need Debian's Chromium at ${CHROMIUM} and a CJK font. ` +
      `Install them with: sudo apt-get install -y ${PACKAGES.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(', ') || 'chromium'} for the browser tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env });
