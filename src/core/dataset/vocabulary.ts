// Shared hint terms: claims.json's `vocabulary` names sets of terms ("troops", "ukraine-destination")
// that hint groups take with `use`, so one idea is written once and a word added to it reaches every
// claim that uses it. Expanded at compile time: the compiled index holds plain groups, as before.
import { HINT_LANGS, type ClaimHints, type HintAnaphora, type HintLang } from '../types.ts';
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
    const anaphora = anaphoraOf(g.use ?? [], vocabulary);
    return anaphora ? { name: g.name, terms, anaphora } : { name: g.name, terms };
  });
  return {
    groups,
    ...(hints.exclude ? { exclude: hints.exclude } : {}),
    ...(hints.elsewhere ? { elsewhere: hints.elsewhere } : {}),
    ...(hints.polarity ? { polarity: hints.polarity } : {}),
    ...(hints.owns ? { owns: hints.owns } : {}),
  };
}

/**
 * The anaphora of the sets a group uses (see SourceTermSet.anaphora), their antecedents expanded to
 * the antecedent sets' terms; undefined where none has any.
 */
function anaphoraOf(use: readonly string[], vocabulary: Vocabulary): HintAnaphora | undefined {
  const sets = use.filter((name) => Object.hasOwn(vocabulary, name) && vocabulary[name].anaphora);
  if (!sets.length) return undefined;
  const merge = (lists: (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((x) => x ?? []))];
  const terms: Partial<Record<HintLang, string[]>> = {};
  const antecedents: Partial<Record<HintLang, string[]>> = {};
  for (const l of HINT_LANGS) {
    const own = merge(sets.map((name) => vocabulary[name].anaphora!.terms[l]));
    const before = merge(
      sets.flatMap((name) =>
        vocabulary[name].anaphora!.antecedents.map((a) => (Object.hasOwn(vocabulary, a) ? vocabulary[a].terms[l] : [])),
      ),
    );
    if (own.length && before.length) {
      terms[l] = own;
      antecedents[l] = before;
    }
  }
  return Object.keys(terms).length ? { terms, antecedents } : undefined;
}
