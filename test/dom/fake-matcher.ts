// A stand-in matcher for DOM tests: finds fixed words, so these tests do not depend on the real one.
import type { Mention, MentionKind } from '../../src/core/types';

export interface FakeTerm {
  text: string;
  kind?: MentionKind;
  id?: string;
}

export function fakeMatcher(terms: readonly (string | FakeTerm)[]): (text: string) => Mention[] {
  const list = terms.map((t) => (typeof t === 'string' ? { text: t } : t));
  return (text) => {
    const out: Mention[] = [];
    for (const t of list) {
      for (let i = text.indexOf(t.text); i >= 0; i = text.indexOf(t.text, i + t.text.length)) {
        out.push({
          kind: t.kind ?? 'official',
          id: t.id ?? t.text.toLowerCase().replace(/\s+/g, '-'),
          start: i,
          end: i + t.text.length,
          text: t.text,
          score: 1,
          why: [`term '${t.text}'`],
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}
