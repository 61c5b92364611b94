/**
 * Which fonts the share-card renderer can use. Cards are rasterised with the
 * system's fonts (through fontconfig), so a machine without a CJK font would
 * print empty boxes for Chinese; the card then leaves such text out rather
 * than failing the build. On Debian, `fonts-noto-cjk` provides the fonts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What text a card can carry on this machine. */
export interface FontSupport {
  /** Any font at all: Latin letters and digits can be drawn. */
  latin: boolean;
  /** A font with Chinese glyphs. */
  cjk: boolean;
}

/** Where Linux, macOS and Windows keep fonts. */
export const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  '/System/Library/Fonts',
  '/Library/Fonts',
  'C:\\Windows\\Fonts',
];

const FONT_FILE = /\.(ttf|ttc|otf|otc)$/i;
/** File names of common fonts with Chinese glyphs (Noto/Source Han, WenQuanYi, Droid fallback, AR PL, PingFang, YaHei …). */
const CJK_FILE =
  /cjk|sourcehan|source-han|wqy|wenquanyi|droidsansfallback|uming|ukai|pingfang|hiragino|msyh|msjh|simsun|simhei|heiti|songti/i;

function fontFiles(dir: string, depth = 0): string[] {
  if (depth > 4 || !existsSync(dir)) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return fontFiles(path, depth + 1);
    return FONT_FILE.test(e.name) ? [e.name] : [];
  });
}

/**
 * What the fonts in `dirs` support, judged from their file names.
 * @example fontSupportOf(['NotoSansCJK-Regular.ttc']) // { latin: true, cjk: true }
 */
export function fontSupportOf(files: readonly string[]): FontSupport {
  return { latin: files.length > 0, cjk: files.some((f) => CJK_FILE.test(f)) };
}

let cached: FontSupport | undefined;

/** The fonts of this machine, looked up once per build. */
export function systemFontSupport(dirs: readonly string[] = FONT_DIRS): FontSupport {
  if (dirs !== FONT_DIRS) return fontSupportOf(dirs.flatMap((d) => fontFiles(d)));
  cached ??= fontSupportOf(FONT_DIRS.flatMap((d) => fontFiles(d)));
  return cached;
}
