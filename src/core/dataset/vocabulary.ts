// Shared hint terms: claims.json's `vocabulary` names sets of terms ("troops", "ukraine-destination")
// that hint groups take with `use`, so one idea is written once and a word added to it reaches every
// claim that uses it. Expanded at compile time: the compiled index holds plain groups, as before.
import { HINT_LANGS, type ClaimHints, type HintLang } from '../types.ts';
import type { SourceHints, SourceTermSet } from './source-types.ts';

export type Vocabulary = Readonly<Record<string, SourceTermSet>>;

/**
 * The plain groups of `hints`: each group's terms are those of the sets it uses, in order, then its
 * own, once each. A language with no term left is absent. Unknown set names are skipped here (the
 * validator refuses them).
 */
export function expandHints(hints: SourceHints, vocabulary: Vocabulary = {}): ClaimHints {
  const groups = hints.groups.map((g) => {
    const terms: Partial<Record<HintLang, string[]>> = {};
    for (const l of HINT_LANGS) {
      const seen = new Set<string>();
      const list: string[] = [];
      const add = (t: string) => {
        if (seen.has(t)) return;
        seen.add(t);
        list.push(t);
      };
      for (const name of g.use ?? []) (Object.hasOwn(vocabulary, name) ? vocabulary[name].terms[l] : [])?.forEach(add);
      g.terms?.[l]?.forEach(add);
      if (list.length) terms[l] = list;
    }
    return { name: g.name, terms };
  });
  return {
    groups,
    ...(hints.exclude ? { exclude: hints.exclude } : {}),
    ...(hints.polarity ? { polarity: hints.polarity } : {}),
    ...(hints.owns ? { owns: hints.owns } : {}),
  };
}
