// The languages ClaimLens reads claims in. To add one: write its pack (see types.ts) and list it here.
import { en } from './en';
import { fr } from './fr';
import { ja } from './ja';
import { ru } from './ru';
import type { LanguagePack } from './types';
import { uk } from './uk';

export type { LanguagePack } from './types';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, fr, ru, uk, ja];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack for a BCP-47 tag ("en", "en-GB", "ru-Latn" -> its base language), if we have one. */
export function packFor(tag: string | undefined): LanguagePack | undefined {
  if (!tag) return undefined;
  return byCode.get(tag.toLowerCase().split('-')[0]);
}

const LATIN = LANGUAGE_PACKS.filter((p) => p.script === 'latin');

/**
 * Language of a piece of text from its letters: kana means Japanese, Ukrainian letters Ukrainian,
 * other Cyrillic Russian, and Latin text the Latin-script pack with most of its marker words (English
 * on a tie or none). Undefined when no pack reads the script.
 */
export function detectLanguage(text: string): LanguagePack | undefined {
  let latin = 0;
  let cyr = 0;
  let kana = 0;
  let han = 0;
  let ukr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ї є ґ (and capitals) are Ukrainian, not Russian.
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404)
        ukr = true;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  if (kana > 0 && kana + han >= latin + cyr) return byCode.get('ja');
  if (cyr > latin) return byCode.get(ukr ? 'uk' : 'ru');
  if (latin === 0) return undefined;
  if (LATIN.length === 1) return LATIN[0];
  let best = LATIN[0];
  let bestHits = 0;
  const lower = text.toLowerCase();
  for (const p of LATIN) {
    let hits = 0;
    for (const m of lower.matchAll(/\p{L}+/gu)) if (p.markers?.has(m[0])) hits++;
    if (hits > bestHits) {
      best = p;
      bestHits = hits;
    }
  }
  return best;
}
