/**
 * Company names from the gazetteer (`gazetteer/companies.yaml`). Companies
 * have no pages; the site only needs their names in each script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { toHant } from '../../scripts/lib/convert-script.ts';
import type { Trilingual } from './atlas-types.ts';

interface CompanyYaml {
  id?: unknown;
  name?: { hans?: unknown; hant?: unknown; en?: unknown };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/**
 * Names by id from the YAML text; an entry without an id or a Simplified name
 * is skipped, a missing Traditional name is converted, a missing English one
 * falls back to the Simplified name.
 * @example parseCompanies('- id: haier\n  name: { hans: 海尔集团, en: Haier Group }').get('haier') // { hans: '海尔集团', hant: '海爾集團', en: 'Haier Group' }
 */
export function parseCompanies(yaml: string): Map<string, Trilingual> {
  const entries: unknown = parse(yaml);
  const names = new Map<string, Trilingual>();
  if (!Array.isArray(entries)) return names;
  for (const entry of entries as CompanyYaml[]) {
    const id = text(entry?.id);
    const hans = text(entry?.name?.hans);
    if (!id || !hans) continue;
    names.set(id, { hans, hant: text(entry.name?.hant) ?? toHant(hans), en: text(entry.name?.en) ?? hans });
  }
  return names;
}

/** The gazetteer next to the content folder, else the committed one; empty when neither exists. */
export function loadCompanies(contentDir = process.env.ATLAS_CONTENT ?? 'content'): Map<string, Trilingual> {
  const candidates = [join(contentDir, 'gazetteer', 'companies.yaml'), join('content', 'gazetteer', 'companies.yaml')];
  const file = candidates.find((path) => existsSync(path));
  return file ? parseCompanies(readFileSync(file, 'utf8')) : new Map();
}
