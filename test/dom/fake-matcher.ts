// A stand-in matcher for DOM tests: finds fixed words, so these tests do not depend on the real one.
import type { MatchSession } from '../../src/core/match';
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

/** The fake matcher in parts, like Matcher.session: whole lines per call, offsets into the whole text. */
export function fakeSession(match: (text: string) => Mention[]): (text: string) => MatchSession {
  return (text) => {
    const all = match(text);
    let position = 0;
    return {
      next(to = text.length) {
        let end = Math.min(Math.max(to, position + 1), text.length);
        if (end < text.length && text[end - 1] !== '\n') {
          const nl = text.indexOf('\n', end);
          end = nl < 0 ? text.length : nl + 1;
        }
        const from = position;
        position = end;
        return all.filter((m) => m.start >= from && m.start < end);
      },
      get position() {
        return position;
      },
      get done() {
        return position >= text.length;
      },
    };
  };
}
