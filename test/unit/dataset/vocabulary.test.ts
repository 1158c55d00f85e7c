// claims.json's `vocabulary`: named term sets that hint groups take with `use`. Compiled into plain
// groups (the index and the matcher never see a set); a wrong name or term is an error naming file,
// record and field; a set nobody uses is a warning.
import { describe, expect, it } from 'vitest';
import {
  compileDataset,
  formatIssue,
  toSourceFiles,
  validateDataset,
  type SourceFile,
} from '../../../src/core/dataset/index.ts';
import { expandHints } from '../../../src/core/dataset/vocabulary.ts';
import { loadCase } from './helpers.ts';

const ALL = (t: string[]) => ({ en: t, fr: t, ru: t, uk: t, ja: t, de: t, es: t });

interface ClaimsDoc {
  vocabulary?: Record<
    string,
    {
      note?: string;
      terms: Record<string, string[]>;
      anaphora?: { terms: Record<string, string[]>; antecedents: string[] };
    }
  >;
  claims: {
    about?: string[];
    hints: {
      groups: { name: string; use?: string[]; terms?: Record<string, string[]> }[];
      polarity?: string;
      owns?: string;
      elsewhere?: { group: string; terms: Record<string, string[]> };
    };
  }[];
}

/** The valid fixture, its claims file edited by `edit`. */
function withClaims(edit: (doc: ClaimsDoc) => void): SourceFile[] {
  const files = loadCase();
  const f = files.find((x) => x.path.endsWith('claims.json'))!;
  const doc = JSON.parse(f.text);
  edit(doc);
  f.text = JSON.stringify(doc, null, 2) + '\n';
  return files;
}
const issues = (files: SourceFile[]) => {
  const r = validateDataset(files);
  return { errors: r.errors.map(formatIssue), warnings: r.warnings.map(formatIssue), data: r.data };
};

describe('expandHints', () => {
  it("puts the sets' terms first, in the order used, then the group's own, each once", () => {
    const vocabulary = { a: { terms: { en: ['x', 'y'], de: ['d'] } }, b: { terms: { en: ['y', 'z'] } } };
    const out = expandHints(
      { groups: [{ name: 'g', use: ['a', 'b'], terms: { en: ['z', 'w'], fr: ['f'] } }] },
      vocabulary,
    );
    expect(out.groups).toEqual([{ name: 'g', terms: { en: ['x', 'y', 'z', 'w'], fr: ['f'], de: ['d'] } }]);
  });

  it("gives a group the anaphora of the sets it uses, with the antecedent sets' terms, per language", () => {
    const vocabulary = {
      place: {
        terms: { en: ['Ukraine'], de: ['Ukraine'] },
        anaphora: { terms: { en: ['the country'], de: ['ins Land'] }, antecedents: ['actor'] },
      },
      actor: { terms: { en: ['Kyiv'], de: ['Kiew'], fr: ['Kiev'] } },
    };
    const out = expandHints(
      {
        groups: [
          { name: 'where', use: ['place'] },
          { name: 'who', use: ['actor'] },
        ],
      },
      vocabulary,
    );
    expect(out.groups[0]).toEqual({
      name: 'where',
      terms: { en: ['Ukraine'], de: ['Ukraine'] },
      anaphora: { terms: { en: ['the country'], de: ['ins Land'] }, antecedents: { en: ['Kyiv'], de: ['Kiew'] } },
    });
    expect(out.groups[1]).toEqual({ name: 'who', terms: { en: ['Kyiv'], de: ['Kiew'], fr: ['Kiev'] } });
  });

  it('leaves a group without sets as it is, and keeps exclude', () => {
    const hints = { groups: [{ name: 'g', terms: { en: ['x'] } }], exclude: { en: ['no'] } };
    expect(expandHints(hints)).toEqual(hints);
  });
});

describe('vocabulary in claims.json', () => {
  const usingSet = (doc: ClaimsDoc) => {
    doc.vocabulary = { japan: { note: 'Japan as the actor', terms: ALL(['Japan*']) } };
    doc.claims[0].hints.groups[0] = { name: 'Japan', use: ['japan'] };
  };

  it('validates and compiles a group that uses a set into the same plain group', () => {
    const plain = issues(loadCase());
    const shared = issues(withClaims(usingSet));
    expect(shared.errors).toEqual([]);
    const a = compileDataset(plain.data!).claims[0].hints!.groups[0];
    const b = compileDataset(shared.data!).claims[0].hints!.groups[0];
    expect(b).toEqual({ name: 'Japan', terms: ALL(['Japan*']) });
    expect(b.terms.en).toEqual(a.terms.en);
  });

  it('writes the vocabulary back into claims.json', () => {
    const { data } = issues(withClaims(usingSet));
    const claims = toSourceFiles(data!).find((f) => f.path.endsWith('claims.json'))!;
    const doc = JSON.parse(claims.text);
    expect(Object.keys(doc)).toEqual(['$schema', 'vocabulary', 'claims']);
    expect(doc.vocabulary.japan.terms.en).toEqual(['Japan*']);
    expect(doc.claims.find((c: { id: string }) => c.id === 'japan-sdf-to-ukraine').hints.groups[0].use).toEqual([
      'japan',
    ]);
  });

  it('names the record and field of a set that does not exist, and the sets there are', () => {
    const { errors } = issues(
      withClaims((doc) => {
        usingSet(doc);
        doc.claims[0].hints.groups[0].use = ['japan', 'jap'];
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^data\/claims\.json:\d+ \/claims\/0\/hints\/groups\/0\/use\/1 \[japan-sdf-to-ukraine\] use: group "Japan" uses "jap", which this file's "vocabulary" does not define \(it has: japan\)/,
      ),
    ]);
  });

  it('says once that a group uses an unknown set, not again that its languages are missing', () => {
    const { errors } = issues(
      withClaims((doc) => {
        doc.claims[0].hints.groups[0] = { name: 'Japan', use: ['jap'] };
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/\/use\/0 .*uses "jap"/)]);
  });

  it('still checks the claims when the vocabulary itself is refused, and counts the sets used there', () => {
    const { errors, warnings } = issues(
      withClaims((doc) => {
        usingSet(doc);
        // Not an id: the schema refuses the set's name.
        doc.vocabulary!.Japan = doc.vocabulary!.japan;
        doc.claims[1].about = ['nobody-at-all'];
      }),
    );
    expect(errors).toContainEqual(expect.stringMatching(/\/vocabulary\/Japan/));
    expect(errors).toContainEqual(expect.stringMatching(/\/claims\/1\/about\/0 .*nobody-at-all/));
    expect(errors.join('\n')).not.toMatch(/uses "japan"/);
    expect(warnings.join('\n')).not.toMatch(/used by no hint group/);
  });

  it("compiles a set's anaphora into the groups that use it, and names the field of an unknown antecedent", () => {
    const withAnaphora = (antecedent: string) => (doc: ClaimsDoc) => {
      doc.vocabulary = {
        japan: { terms: ALL(['Japan*']), anaphora: { terms: { en: ['the country'] }, antecedents: [antecedent] } },
        tokyo: { terms: ALL(['Tokyo']) },
      };
      doc.claims[0].hints.groups[0] = { name: 'Japan', use: ['japan'] };
    };
    const ok = issues(withClaims(withAnaphora('tokyo')));
    expect(ok.errors).toEqual([]);
    // A set used only as an antecedent is used.
    expect(ok.warnings.join('\n')).not.toMatch(/"tokyo" is used by no hint group/);
    expect(compileDataset(ok.data!).claims[0].hints!.groups[0].anaphora).toEqual({
      terms: { en: ['the country'] },
      antecedents: { en: ['Tokyo'] },
    });
    const bad = issues(withClaims(withAnaphora('tokio')));
    expect(bad.errors).toEqual([
      expect.stringMatching(
        /\/vocabulary\/japan\/anaphora\/antecedents\/0 .*"japan" takes its antecedents from "tokio", which this file's "vocabulary" does not define/,
      ),
    ]);
    expect(issues(withClaims(withAnaphora('japan'))).errors).toEqual([
      expect.stringMatching(/\/vocabulary\/japan\/anaphora\/antecedents\/0 .*cannot be its own antecedent/),
    ]);
  });

  it("checks the terms of a set like a group's own, naming the set", () => {
    const { errors } = issues(
      withClaims((doc) => {
        usingSet(doc);
        doc.vocabulary!.japan.terms.de = ['Jap*an'];
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/\/vocabulary\/japan\/terms\/de\/0 .*"\*" is allowed only at the end of a word/),
    ]);
  });

  it('counts a language the set gives, and names one that neither the set nor the group gives', () => {
    const { errors } = issues(
      withClaims((doc) => {
        usingSet(doc);
        delete doc.vocabulary!.japan.terms.ja;
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/\/claims\/0\/hints\/groups\/0\/use .*group "Japan" has no terms in ja/),
    ]);
    const mended = issues(
      withClaims((doc) => {
        usingSet(doc);
        delete doc.vocabulary!.japan.terms.ja;
        doc.claims[0].hints.groups[0].terms = { ja: ['日本'] };
      }),
    );
    expect(mended.errors).toEqual([]);
  });

  it('refuses a group with neither terms nor a set, and warns of a set no group uses', () => {
    const bare = issues(
      withClaims((doc) => {
        doc.claims[0].hints.groups[0] = { name: 'Japan' };
      }),
    );
    expect(bare.errors.join('\n')).toMatch(/\/claims\/0\/hints\/groups\/0/);
    expect(bare.data).toBeUndefined();
    const unused = issues(
      withClaims((doc) => {
        doc.vocabulary = { spare: { terms: ALL(['spare']) } };
      }),
    );
    expect(unused.errors).toEqual([]);
    expect(unused.warnings).toContainEqual(
      expect.stringMatching(/\/vocabulary\/spare .*term set "spare" is used by no hint group/),
    );
  });

  it("compiles a claim's polarity group, and names the record and field of one that is no group", () => {
    const ok = issues(withClaims((doc) => (doc.claims[0].hints.polarity = doc.claims[0].hints.groups[0].name)));
    expect(ok.errors).toEqual([]);
    expect(compileDataset(ok.data!).claims[0].hints!.polarity).toBe('Japan');
    const bad = issues(withClaims((doc) => (doc.claims[0].hints.polarity = 'Japn')));
    expect(bad.errors).toEqual([
      expect.stringMatching(
        /^data\/claims\.json:\d+ \/claims\/0\/hints\/polarity \[japan-sdf-to-ukraine\] polarity: "polarity" names "Japn", which is none of this claim's groups \(it has: Japan/,
      ),
    ]);
  });

  it("compiles the group a claim's actor owns, and names the record and field of a wrong one", () => {
    const named = (doc: ClaimsDoc, owns: string, actor = 'actor') => {
      doc.claims[0].hints.groups[0].name = actor;
      doc.claims[0].hints.owns = owns;
      return doc.claims[0].hints.groups[1].name;
    };
    let owned = '';
    const ok = issues(withClaims((doc) => (owned = named(doc, doc.claims[0].hints.groups[1].name))));
    expect(ok.errors).toEqual([]);
    expect(compileDataset(ok.data!).claims[0].hints!.owns).toBe(owned);
    const none = issues(withClaims((doc) => named(doc, 'troups')));
    expect(none.errors).toEqual([
      expect.stringMatching(
        /^data\/claims\.json:\d+ \/claims\/0\/hints\/owns \[japan-sdf-to-ukraine\] owns: "owns" names "troups", which is none of this claim's groups/,
      ),
    ]);
    // No group named "actor" to own it.
    const noActor = issues(withClaims((doc) => named(doc, doc.claims[0].hints.groups[1].name, 'Japan')));
    expect(noActor.errors).toEqual([
      expect.stringMatching(
        /\/claims\/0\/hints\/owns \[japan-sdf-to-ukraine\] owns: "owns" needs a group named "actor"/,
      ),
    ]);
  });

  it('compiles where a claim\'s act happens instead ("elsewhere"), and names the record and field of a wrong one', () => {
    const place = (doc: ClaimsDoc, group: string, term = 'in England') => {
      doc.claims[0].hints.elsewhere = { group, terms: { en: [term], de: ['in England'] } };
      return doc.claims[0].hints.groups[1].name;
    };
    let group = '';
    const ok = issues(withClaims((doc) => (group = place(doc, doc.claims[0].hints.groups[1].name))));
    expect(ok.errors).toEqual([]);
    expect(compileDataset(ok.data!).claims[0].hints!.elsewhere).toEqual({
      group,
      terms: { en: ['in England'], de: ['in England'] },
    });
    const none = issues(withClaims((doc) => place(doc, 'destinaton')));
    expect(none.errors).toEqual([
      expect.stringMatching(
        /^data\/claims\.json:\d+ \/claims\/0\/hints\/elsewhere\/group \[japan-sdf-to-ukraine\] group: "elsewhere" names "destinaton", which is none of this claim's groups/,
      ),
    ]);
    // A term is checked as a group's are.
    const bad = issues(withClaims((doc) => place(doc, doc.claims[0].hints.groups[1].name, '   ')));
    expect(bad.errors).toEqual([
      expect.stringMatching(/\/claims\/0\/hints\/elsewhere\/terms\/en\/0 \[japan-sdf-to-ukraine\]/),
    ]);
  });
});
