// Locale files: English and French carry the same keys and substitutions, and every key the UI asks
// for exists (a missing one would show its raw key to the reader).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const fr = load('fr');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('locales', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
  it('each French message uses the same $n substitutions as the English one', () => {
    for (const key of Object.keys(en)) {
      const subs = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
      expect(subs(fr[key].message), key).toEqual(subs(en[key].message));
    }
  });
  it('every key the UI uses exists', () => {
    const used = new Set<string>();
    for (const file of [...files('src/ui'), ...files('src/popup'), ...files('src/panel'), ...files('src/options')]) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
      for (const m of src.matchAll(/(?:Key|KEYS?|key)[^\n]*?'((?:card|layer|status|popup|panel|opt)[A-Z][A-Za-z]+)'/g))
        used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
  it('keeps the manifest keys the lead defined', () => {
    for (const key of ['extName', 'extDescription', 'cmdToggle', 'actionTitle'])
      expect(en[key] && fr[key]).toBeTruthy();
  });
});
