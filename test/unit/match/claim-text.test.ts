import { describe, expect, it } from 'vitest';
import { createMatcher, packMatcher } from '../../../src/core/match';
import { decodePack } from '../../../src/core/match/pack';
import { datasetFromPack } from '../../../src/core/match/records';
import {
  calibrated,
  ClaimTextIndex,
  featureVector,
  TEXT_CLAIM_THRESHOLDS,
  textClaimThreshold,
} from '../../../src/core/match/claim-text';
import type { CompiledClaim, CompiledDataset } from '../../../src/core/types';
import { loadEvalSet } from './eval-lib';
import { loadSourceDataset } from './load-dataset';

// Claims with no hints, as an importer writes them: found from their own text only.
const claim = (id: string, text: string, lang?: string): CompiledClaim => ({
  id,
  text,
  ...(lang ? { lang } : {}),
  about: [],
  status: 'denied',
  history: [{ status: 'denied', date: '2024-01-01' }],
});

const dataset: CompiledDataset = {
  format: 1,
  version: 'test',
  updated: '2024-01-01',
  license: 'test',
  officials: [],
  organisations: [],
  sources: [],
  claims: [
    claim('moon', 'The Moon is made of green cheese'),
    claim('turbines', 'Wind turbines cause hair loss in nearby villages'),
    claim('arizona', 'Donald Trump won Arizona in the 2020 election'),
    claim('pilots', 'Five pilots died after receiving the vaccine'),
    claim('gifts', 'New Gifts for You'),
    claim('troupes', 'La Pologne enverra ses troupes en Ukraine', 'fr'),
    // "Sweden" starts its claim; another claim writes it mid-sentence, so it is a name.
    claim('rates', 'Sweden has the highest rate of bicycle theft in the world'),
    claim('ikea', 'A furniture chain from Sweden sells meatballs made of horse meat'),
    // One claim listed twice under two ids (quote marks aside), as fact-check feeds do.
    claim('hoax-1', 'A photograph shows a shark swimming on a flooded "Houston" highway'),
    claim('hoax-2', "A photograph shows a shark swimming on a flooded 'Houston' highway"),
    claim('summons', "Senator Ted Cruz's campaign sent fundraising letters made to look like a legal summons"),
  ],
};

const matcher = createMatcher(dataset);
const claimsIn = (text: string) => matcher.match(text).filter((m) => m.kind === 'claim');
const ids = (text: string) => claimsIn(text).map((m) => m.id);

describe('claims from their own text (no hints)', () => {
  it('finds a claim stated whole inside a longer sentence, with its stance', () => {
    const [m] = claimsIn(
      'At the hearing, Senator Ada Example repeated that the Moon is made of green cheese, as always.',
    );
    expect(m?.id).toBe('moon');
    expect(m.reported).toBe('asserted');
    expect(m.why.join(' ')).toMatch(/claim words: .*Moon/);
    expect(
      claimsIn('Scientists have long denied that wind turbines cause hair loss in nearby villages.')[0]?.reported,
    ).toBe('denied');
  });

  it('finds a claim in the language it is written in', () => {
    expect(ids('Selon Moscou, la Pologne enverra bientôt ses troupes en Ukraine.')).toEqual(['troupes']);
  });

  it('does not badge sentences on the same names that say something else', () => {
    // The opposite verb: a sentence that he lost is not the claim that he won.
    expect(ids('Donald Trump lost Arizona in the 2020 election.')).toEqual([]);
    // Five pilots, a vaccine, but no one died.
    expect(ids('Five pilots were placed on leave for refusing the vaccine.')).toEqual([]);
    // A claim of two words is never met by other words around them.
    expect(ids('Make a gift: new ideas for you and your family this winter.')).toEqual([]);
    expect(ids('The Moon rose over the green hills of the village.')).toEqual([]);
  });

  it('reads a capitalised first word as a name when other claims write it as one', () => {
    // Every other word of the claim, but not the country it is about.
    expect(ids('Denmark has the highest rate of bicycle theft in the world, a survey says.')).toEqual([]);
    expect(ids('Sweden has the highest rate of bicycle theft in the world, a survey says.')).toEqual(['rates']);
  });

  it('reads a handle or hashtag written without spaces as the claim words it is made of', () => {
    // The claim's name is only in the handle: without splitting it, the name is missing.
    expect(ids('Fundraising letters made to look like a legal summons, sent by @tedcruz and his campaign.')).toEqual([
      'summons',
    ]);
    expect(ids('Fundraising letters made to look like a legal summons, sent by @tedxcruz and his campaign.')).toEqual(
      [],
    );
    // A word written without a handle or hashtag mark is left whole.
    expect(ids('Fundraising letters made to look like a legal summons, sent by tedcruz and his campaign.')).toEqual([]);
  });

  it('does not let a claim listed twice compete with itself', () => {
    // The two copies share every word; the sentence gets one badge for the claim, not none.
    const found = ids('A photograph shows a shark swimming on a flooded Houston highway during the storm.');
    expect(found).toHaveLength(1);
    expect(['hoax-1', 'hoax-2']).toContain(found[0]);
  });

  it('scores never fall as more of the claim is in the sentence', () => {
    const base = {
      focus: 0.3,
      matched: 4,
      weight: 2.8,
      namesMissing: 0,
      missingMax: 0.7,
      unit: 15,
      pairs: 2,
      margin: 1,
      predicate: 0.5,
      predicateMissing: 2,
    };
    let last = -1;
    for (const coverage of [0.2, 0.4, 0.6, 0.8, 1]) {
      const s = calibrated({ ...base, coverage });
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    expect(featureVector({ ...base, coverage: 1 })).toHaveLength(12);
  });
});

describe('the claim-from-text threshold by page length', () => {
  const t = TEXT_CLAIM_THRESHOLDS;
  it('asks more of a sentence on a long page than in a post, never less as the page grows', () => {
    expect(textClaimThreshold(280)).toBe(t.short);
    expect(textClaimThreshold(t.longChars * 5)).toBe(t.long);
    expect(t.long).toBeGreaterThan(t.short);
    let last = 0;
    for (let chars = 100; chars <= 100_000; chars *= 1.5) {
      const v = textClaimThreshold(chars);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    // Halfway in the logarithm of the length, halfway between the thresholds.
    const mid = Math.sqrt(t.shortChars * t.longChars);
    expect(textClaimThreshold(mid)).toBeCloseTo((t.short + t.long) / 2, 6);
  });
});

// Another wording of a claim (a fact-check's headline, imported from a mapped `headline` column).
describe('claims with another wording', () => {
  const cats = (wordings?: string[]): CompiledClaim => ({
    ...claim('cats', 'A municipal ordinance in Lakeside forbids residents from keeping more than two cats'),
    ...(wordings ? { wordings } : {}),
  });
  const withClaims = (...claims: CompiledClaim[]) =>
    createMatcher({ ...dataset, claims: [...dataset.claims, ...claims] });
  const found = (m: ReturnType<typeof createMatcher>, text: string) =>
    m.match(text).filter((x) => x.kind === 'claim' && x.id === 'cats');
  const sentence = 'A viral post says that Lakeside banned cat ownership beyond two pets.';

  it('finds the claim from its headline, with the stance judged against the claim', () => {
    expect(found(withClaims(cats()), sentence)).toEqual([]);
    const m = withClaims(cats(['Did Lakeside Ban Cat Ownership Beyond Two Pets?']));
    const [hit] = found(m, sentence);
    expect(hit?.text).toContain('Lakeside banned cat ownership');
    expect(hit.reported).toBe('asserted');
    expect(hit.why.join(' ')).toMatch(/claim words: .*Lakeside.*ownership/);
    expect(hit.why).toContain('met in another wording of the claim (a fact-check headline)');
    expect(found(m, 'The council denied that Lakeside banned cat ownership beyond two pets.')[0]?.reported).toBe(
      'denied',
    );
    // The same from the compiled pack the extension loads.
    const full = { ...dataset, claims: [...dataset.claims, cats(['Did Lakeside Ban Cat Ownership Beyond Two Pets?'])] };
    const packed = createMatcher(datasetFromPack(decodePack(packMatcher(full, { records: true })))!);
    expect(found(packed, sentence).map((x) => x.reported)).toEqual(['asserted']);
  });

  it('drops a headline that gives the verdict (it negates where the claim does not)', () => {
    expect(found(withClaims(cats(['No, Lakeside did not ban cat ownership beyond two pets'])), sentence)).toEqual([]);
  });

  it('does not take a short headline met word for word as the claim on a long page', () => {
    const m = withClaims(cats(['Lakeside Cats']), {
      ...claim('tail', 'Photograph shows the tail number of Air Force One to be N166ER'),
      wordings: ['Air Force One'],
    });
    const text = 'The president boarded Air Force One on Tuesday after the summit in Lakeside.';
    expect(m.match(text, { pageChars: 20_000 }).filter((x) => x.kind === 'claim')).toEqual([]);
  });
});

// "CDC" and "Centers for Disease Control" are one name (issue #12): either form meets the other.
describe('claims naming an organisation by its acronym or in full', () => {
  const full: CompiledDataset = {
    ...dataset,
    claims: [
      ...dataset.claims,
      // The data defines the acronym once ("<Long Form> (<ACRONYM>)"); every claim then meets both forms.
      claim('cdc-vaccines', 'The Centers for Disease Control (CDC) hid data on vaccine side effects'),
      claim('cdc-flu', 'The Centers for Disease Control stopped counting flu deaths in children'),
      claim('cdc-masks', 'The CDC recommends masks for toddlers'),
      // Defined in two ways: left alone.
      claim('ap-1', 'The Associated Press (AP) won a prize for its photographs'),
      claim('ap-2', 'Andhra Pradesh (AP) raised taxes on rice'),
      claim('harbour', 'Andhra Pradesh opened a new harbour for fishing boats'),
      // Initials that only happen to match are no definition.
      claim('uk', 'The UK will train pilots at home'),
      claim('kursk', 'Ukrainian Kursk offensive stalled in winter'),
    ],
  };
  // As the extension loads it: restored from the compiled pack. Any verified candidate is kept (a
  // dataset of a few claims scores too low to pass the page threshold): what is tested is that the
  // name the claim states counts as present.
  const m = createMatcher(datasetFromPack(decodePack(packMatcher(full, { records: true })))!, { textThreshold: 0 });
  const found = (text: string) => m.match(text).filter((x) => x.kind === 'claim');

  it('meets the words a defined acronym stands for, and the acronym written out', () => {
    const [flu] = found('It is said that the CDC stopped counting flu deaths in children.');
    expect(flu?.id).toBe('cdc-flu');
    // The acronym is one word of the sentence: one claim word met, not three.
    expect(flu.why[0]).toBe('claim words: CDC, stopped, counting, flu, deaths, children');
    expect(flu.why[2]).toMatch(/^not in the sentence: .*(Centers|Disease|Control)/);
    expect(found('It is said that the Centers for Disease Control recommends masks for toddlers.')[0]?.id).toBe(
      'cdc-masks',
    );
  });

  it('leaves an acronym defined in two ways, or never defined, alone', () => {
    expect(found('It is said that the AP opened a new harbour for fishing boats.').map((x) => x.id)).toEqual([]);
    expect(found('It is said that the UK offensive stalled in winter.').map((x) => x.id)).not.toContain('kursk');
  });
});

// Issue 18: most lines of a page hold fewer than two claim words; they are skipped without being
// analysed whole (ClaimTextIndex.fewTerms). The skip must never lose a claim.
describe('skipping lines with fewer than two claim words', () => {
  const source = loadSourceDataset();
  const withAcronyms: CompiledDataset = {
    ...dataset,
    claims: [...dataset.claims, claim('nato', 'The North Atlantic Treaty Organization (NATO) will send troops')],
  };
  const lines = [
    ...loadEvalSet('tune').map((i) => i.text),
    'Home | World | Sport | Weather',
    'By Jane Smith, 3 March 2024',
    'Follow us on @ClaimLens and #Ukraine',
    'the NATO troops said',
    'the NATO troops',
    'they said the north atlantic treaty organization troops',
  ];

  it('says "fewer than two" only where the claim engine finds nothing, bundled claims or imported ones', () => {
    for (const claims of [source.claims, withAcronyms.claims]) {
      const idx = new ClaimTextIndex(claims);
      let few = 0;
      let read = 0;
      for (const line of lines) {
        const pack = idx.languageOf(line);
        if (!pack) continue;
        const found = idx.match(idx.analyseIn(line, pack), line, new Set(), () => [], line.length);
        if (idx.fewTerms(line, pack)) {
          few++;
          expect(found, line).toEqual([]);
        } else read++;
      }
      // Both happen: the check is not vacuous.
      expect(few).toBeGreaterThan(5);
      expect(read).toBeGreaterThan(50);
    }
  });

  it('reads a line whole where its words alone could say less: handles, hashtags, Japanese', () => {
    const idx = new ClaimTextIndex(source.claims);
    const en = idx.languageOf('The troops said that the plan was ready')!;
    expect(idx.fewTerms('Home | World | Sport | Weather', en)).toBe(true);
    expect(idx.fewTerms('Poland will send its troops to Ukraine, the minister said', en)).toBe(false);
    expect(idx.fewTerms('Follow #PolandTroopsUkraine now', en)).toBe(false);
    // An acronym a claim defines meets the name it stands for: one word, two of the claim's words.
    const acronyms = new ClaimTextIndex(withAcronyms.claims);
    expect(acronyms.fewTerms('meanwhile NATO spoke', en)).toBe(false);
    expect(acronyms.fewTerms('meanwhile the alliance spoke', en)).toBe(true);
    const ja = idx.languageOf('ポーランドはウクライナに部隊を派遣する')!;
    expect(idx.fewTerms('ポーランドはウクライナに部隊を派遣する', ja)).toBe(false);
  });
});

describe('claims with hints, met by their text alone', () => {
  const bundled = createMatcher(loadSourceDataset());
  const claimIds = (text: string) =>
    bundled
      .match(text)
      .filter((m) => m.kind === 'claim')
      .map((m) => m.id);

  it('does not take the weapons a country sends for the troops its claim says it sends', () => {
    // The claim's words but one ("its soldiers") are there, so its text alone covers most of its weight;
    // its hints say the troops are what the claim is about (`owns`).
    expect(claimIds('La República Checa mandará a Ucrania otros 300.000 proyectiles de artillería este año.')).toEqual(
      [],
    );
    expect(claimIds('The Czech Republic will send Ukraine another 300,000 artillery shells this year.')).toEqual([]);
    // Troops and Ukraine named: the claim is there.
    expect(claimIds('The Czech Republic will send its soldiers to Ukraine, a minister said.')).toEqual([
      'czech-troops-to-ukraine',
    ]);
  });

  it('does not take an act in another place for a claim whose hints name where it happens', () => {
    // Russian troops, border, Ukrainian region, crossed: most of the Kursk incursion's weight, in Kharkiv or Sumy.
    expect(
      claimIds(
        'Russische Truppen haben die Grenze zur ukrainischen Region Charkiw überschritten und mehrere Dörfer eingenommen, teilte Kiew mit.',
      ),
    ).toEqual([]);
    expect(claimIds('ロシア軍が国境を越えてウクライナ北部のスーミ州に進入した。')).toEqual([]);
    // The place named: the claim is there.
    expect(claimIds("Ukrainian forces crossed the border into Russia's Kursk region on Tuesday.")).toEqual([
      'ukraine-kursk-incursion',
    ]);
    // Only a place group: "sites inside Russia" a sentence may leave implied.
    expect(
      claimIds(
        'Macron sagte, die Ukraine solle die Militärstandorte angreifen dürfen, von denen aus sie angegriffen wird.',
      ),
    ).toEqual(['macron-ukraine-strike-sites-in-russia']);
  });

  it('does not read the German article "ein" as the number one', () => {
    // The claim says "ein Kontingent von 2000 Soldaten": with "ein" read as 1, every sentence with an
    // article agreed with its numbers, whatever number it gave.
    const line = 'Frankreich bereitet ein Kontingent von rund 1200 Soldaten für ein Manöver im litauischen Rukla vor.';
    const idx = new ClaimTextIndex(loadSourceDataset().claims);
    const de = idx.languageOf(line)!;
    const found = idx.match(idx.analyseIn(line, de), line, new Set(), () => [], line.length);
    expect(found.map((m) => m.doc.claim)).not.toContain(
      loadSourceDataset().claims.findIndex((c) => c.id === 'france-2000-troop-contingent'),
    );
    expect(claimIds(line)).toEqual([]);
  });
});
