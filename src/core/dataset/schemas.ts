// The JSON Schemas of the source files, kept as code so every file shares one set of definitions;
// `npm run dataset -- schema` writes them to data/schema/ (editors read those via "$schema"), and a
// test fails when the written copies drift from this module.
import { CLAIM_STATUSES, EVIDENCE_KINDS, HINT_LANGS } from '../types.ts';
import { ID_PATTERN, LANG_TAG_PATTERN, SAFE_TEXT_PATTERN } from './text-utils.ts';
import type { SourceFileKind } from './source-types.ts';

export const LIMITS = {
  /** Per source file; the bundled dataset is far below, an accident (a pasted dump) is not. */
  fileBytes: 5 * 1024 * 1024,
  id: 80,
  name: 200,
  claimText: 1000,
  quote: 2000,
  note: 1000,
  rating: 200,
  term: 100,
  url: 2000,
} as const;

const DATE_SHAPE = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';
const FULL_DATE_SHAPE = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';
export const URL_PATTERN = '^https?://[^\\s<>"]+$';
const NOT_BLANK = '\\S';

/** A word of a `notWhen` list: lower-case letters only (page words are split at anything else), perhaps a prefix ("assiette*"). */
// Letters with no case count (Lo, and Lm: the katakana long-vowel mark of カードゲーム).
const CONTEXT_WORD = '^[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}]+\\*?$';

// Patterns are mapped back to plain-language messages when validation reports them.
export const PATTERN_MESSAGES: Record<string, string> = {
  [ID_PATTERN]: 'must be a kebab-case ASCII id (a-z, 0-9, single dashes)',
  [LANG_TAG_PATTERN]: 'must be a well-formed BCP-47 language tag ("en", "ru", "ja", "ru-Latn")',
  [SAFE_TEXT_PATTERN]:
    'must be plain text: HTML tags ("<" followed by a letter or "/") and "javascript:" are not allowed',
  [DATE_SHAPE]: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
  [FULL_DATE_SHAPE]: 'must be a date as YYYY-MM-DD',
  [URL_PATTERN]: 'must be an http:// or https:// URL',
  [NOT_BLANK]: 'must not be empty or only spaces',
  '^Q[1-9][0-9]*$': 'must be a Wikidata item id like "Q7747"',
  [CONTEXT_WORD]: 'must be one lower-case word of letters only, perhaps ending in "*" (a prefix)',
  '^\\d{4}\\.\\d{2}\\.\\d{2}(?:\\.\\d+)?$': 'must be a version like "2026.11.25" (optionally ".1")',
};

type Json = Record<string, unknown>;

function text(maxLength: number, description?: string): Json {
  return {
    type: 'string',
    maxLength,
    allOf: [{ pattern: NOT_BLANK }, { pattern: SAFE_TEXT_PATTERN }],
    ...(description ? { description } : {}),
  };
}

const definitions: Record<string, Json> = {
  id: {
    type: 'string',
    minLength: 1,
    maxLength: LIMITS.id,
    pattern: ID_PATTERN,
    description: 'kebab-case ASCII id, unique across all files',
  },
  lang: {
    type: 'string',
    maxLength: 35,
    pattern: LANG_TAG_PATTERN,
    description: 'BCP-47 tag: "en", "ru", "ja", "ru-Latn" for a transliteration',
  },
  date: { type: 'string', pattern: DATE_SHAPE, description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  url: {
    type: 'string',
    maxLength: LIMITS.url,
    pattern: URL_PATTERN,
    description: 'http(s) URL; leave out rather than guess',
  },
  name: text(LIMITS.name),
  alias: {
    type: 'object',
    additionalProperties: false,
    required: ['text', 'lang'],
    properties: {
      text: text(LIMITS.name, 'the name as written in its own script'),
      lang: { $ref: '#/definitions/lang' },
      kind: { enum: ['full', 'surname'], description: 'surname: matches only after the full name or a title' },
      notWhen: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        description:
          'where this surname, standing alone, is a place or a thing named like the official (French "Poutine", the Quebec dish; "Austin", the Texan city): a word of `before` right before it, or a word of `sentence` anywhere in its sentence, says so. One lower-case word each; a trailing * matches the start of a word. Surname aliases only',
        properties: {
          before: { $ref: '#/definitions/contextWords' },
          sentence: { $ref: '#/definitions/contextWords' },
        },
      },
    },
  },
  contextWords: {
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    items: { type: 'string', minLength: 1, maxLength: LIMITS.term, pattern: CONTEXT_WORD },
  },
  status: { enum: [...CLAIM_STATUSES] },
  maintainerNote: text(LIMITS.note, 'for maintainers only: never compiled into the index, never shown'),
  verify: text(
    LIMITS.note,
    'for maintainers only: what is not verified yet and where to check; `dataset review` lists it',
  ),
  reviewed: { type: 'string', pattern: FULL_DATE_SHAPE, description: 'the day these facts were last checked' },
  terms: {
    type: 'object',
    description:
      'terms per language: "deploy*" is a prefix; a star inside a phrase ends an inflected word, on any of its words ("russisch* Staatsgebiet", "прям* военн* конфликт*"); a star before one word lets it end a compound ("*Soldat*" meets "Elitesoldaten"); "~akzeptier*" is the word negated in its clause',
    additionalProperties: false,
    properties: Object.fromEntries(
      HINT_LANGS.map((l) => [l, { type: 'array', minItems: 1, items: text(LIMITS.term) }]),
    ),
  },
};

function file(title: string, key: string, record: Json, extra: Record<string, Json> = {}): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    type: 'object',
    additionalProperties: false,
    required: [key],
    properties: {
      $schema: { type: 'string' },
      ...extra,
      [key]: { type: 'array', items: record },
    },
    definitions,
  };
}

const official: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'aliases', 'roles'],
  properties: {
    id: { $ref: '#/definitions/id' },
    name: { $ref: '#/definitions/name', description: 'canonical name shown on cards' },
    aliases: { type: 'array', minItems: 1, items: { $ref: '#/definitions/alias' } },
    roles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'country'],
        properties: {
          title: { $ref: '#/definitions/name' },
          organisation: { $ref: '#/definitions/name' },
          country: { $ref: '#/definitions/name' },
          from: { $ref: '#/definitions/date' },
          to: { $ref: '#/definitions/date', description: 'leave out while still in office' },
          seen: {
            $ref: '#/definitions/date',
            description: 'imports only: last date an open role is known held; after it the role is unknown',
          },
          titles: {
            type: 'array',
            items: { $ref: '#/definitions/name' },
            description:
              'titles of this role only ("NATO chief" for a Secretary General of NATO): a title standing alone is linked by this role\'s dates. Titles for every role of the official go in the official\'s `titles`',
          },
          reviewed: { $ref: '#/definitions/reviewed' },
          maintainerNote: { $ref: '#/definitions/maintainerNote' },
          verify: { $ref: '#/definitions/verify' },
        },
      },
    },
    titles: {
      type: 'array',
      items: { $ref: '#/definitions/name' },
      description:
        'titles that identify this official before a surname ("Foreign Minister Lavrov") whatever role they held; a title of one role only goes in that role\'s `titles`',
    },
    bySurname: {
      enum: [true, false, 'with-officials'],
      description:
        'news copy names this official by surname alone ("Putin warns the West"): the surname aliases link with no full name or title on the page. "with-officials": only on a page that names another official (a political story), for a surname that a well-known person outside politics also carries (Daniil Medvedev, the tennis player) or that is common in their country. Leave out for a surname that is a common word, given name or place, or that another politician carries',
    },
    wikidata: { type: 'string', pattern: '^Q[1-9][0-9]*$' },
    gender: {
      enum: ['female', 'male'],
      description:
        'as Wikidata gives it (P21 of the wikidata item; say where it was read in the commit): a gendered honorific ("Ms", «пані», "señora") before a surname alone then links to this official only when it agrees. Leave out when unsourced',
    },
  },
};

const organisation: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: { $ref: '#/definitions/id' },
    name: { $ref: '#/definitions/name' },
    country: { $ref: '#/definitions/name' },
    aliases: { type: 'array', minItems: 1, items: { $ref: '#/definitions/alias' } },
  },
};

const source: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'kind'],
  properties: {
    id: { $ref: '#/definitions/id' },
    name: { $ref: '#/definitions/name' },
    // Open list: the enum only feeds editor autocompletion.
    kind: {
      anyOf: [
        {
          enum: [
            'news-agency',
            'newspaper',
            'broadcaster',
            'magazine',
            'website',
            'government',
            'fact-checker',
            'organisation',
            'social-media',
          ],
        },
        { type: 'string', pattern: ID_PATTERN, maxLength: 40 },
      ],
    },
    url: { $ref: '#/definitions/url' },
  },
};

const claim: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'text', 'about', 'status', 'history'],
  properties: {
    id: { $ref: '#/definitions/id' },
    text: text(LIMITS.claimText, 'canonical claim, in English unless `lang` says otherwise'),
    lang: { $ref: '#/definitions/lang', description: 'language of `text` (BCP-47); English when absent' },
    translations: {
      type: 'object',
      propertyNames: { $ref: '#/definitions/lang' },
      additionalProperties: text(LIMITS.claimText),
    },
    wordings: {
      type: 'array',
      maxItems: 4,
      items: text(LIMITS.claimText),
      description:
        'other wordings of the claim in the language of `text` (a fact-check headline that states it), matched like it and never shown; never a headline that gives the verdict',
    },
    about: { type: 'array', items: { $ref: '#/definitions/id' }, description: 'official / organisation ids' },
    status: { $ref: '#/definitions/status', description: 'must equal the status of the latest history entry' },
    history: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'date', 'kind'],
        properties: {
          status: { $ref: '#/definitions/status' },
          date: { $ref: '#/definitions/date' },
          kind: {
            enum: [...EVIDENCE_KINDS],
            description:
              'claim: the claim is made (by = claimant); statement: a party concerned denies/confirms/disputes it (by = that party); fact-check: a fact-checker rates it (rating = its wording); events: later events bore it out or overtook it (no by)',
          },
          by: { $ref: '#/definitions/id', description: 'official or organisation id' },
          via: { $ref: '#/definitions/id', description: 'source id' },
          quote: text(LIMITS.quote, 'exact words only; leave out when unsure'),
          url: { $ref: '#/definitions/url' },
          rating: text(LIMITS.rating, "a fact-checker's rating in its own words (kind fact-check)"),
          note: text(LIMITS.note, 'shown to readers: plain context, no remarks for maintainers'),
          maintainerNote: { $ref: '#/definitions/maintainerNote' },
          verify: { $ref: '#/definitions/verify' },
        },
      },
    },
    hints: {
      description: 'optional hand-written match terms: extra evidence beside the claim text and its translations',
      type: 'object',
      additionalProperties: false,
      required: ['groups'],
      properties: {
        groups: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            // Its own terms, the sets it uses, or both.
            anyOf: [
              { required: ['terms'], properties: { terms: true } },
              { required: ['use'], properties: { use: true } },
            ],
            properties: {
              name: text(LIMITS.term),
              use: {
                type: 'array',
                minItems: 1,
                description: "names of term sets in this file's `vocabulary`: their terms, then the group's own",
                items: { $ref: '#/definitions/id' },
              },
              terms: { $ref: '#/definitions/terms' },
            },
          },
        },
        exclude: { $ref: '#/definitions/terms' },
        elsewhere: {
          type: 'object',
          description:
            'where the claim\'s act happens instead of the place group `group` names ("in England" for training inside Ukraine): its terms veto the claim as `exclude` terms do, except in a sentence that also names that place as where the act goes ("a move to Ukraine")',
          required: ['group', 'terms'],
          additionalProperties: false,
          properties: { group: text(LIMITS.term), terms: { $ref: '#/definitions/terms' } },
        },
        polarity: {
          ...text(LIMITS.term),
          description:
            'the name of the group whose words carry the claim\'s own refusal when its text has no negation to say so ("distanced itself"): a negation among them states the claim',
        },
        owns: {
          ...text(LIMITS.term),
          description:
            'the name of the group whose words belong to the claim\'s actor (the troops "Germany will send"): the claim also needs a group named `actor`, and a word of this group beside another actor\'s word ("European troops") is no evidence for the claim',
        },
      },
    },
    reviewed: { $ref: '#/definitions/reviewed' },
    maintainerNote: { $ref: '#/definitions/maintainerNote' },
    verify: { $ref: '#/definitions/verify' },
  },
};

const meta: Json = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'ClaimLens dataset metadata',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'updated', 'license'],
  properties: {
    $schema: { type: 'string' },
    version: { type: 'string', pattern: '^\\d{4}\\.\\d{2}\\.\\d{2}(?:\\.\\d+)?$' },
    updated: { type: 'string', pattern: FULL_DATE_SHAPE },
    license: text(LIMITS.note),
    description: text(LIMITS.note),
    profile: { enum: ['bundled', 'imported'] },
  },
};

export const SCHEMAS: Record<SourceFileKind, Json> = {
  dataset: meta,
  officials: file('ClaimLens officials', 'officials', official),
  organisations: file('ClaimLens organisations', 'organisations', organisation),
  sources: file('ClaimLens sources (outlets)', 'sources', source),
  claims: file('ClaimLens claims', 'claims', claim, {
    vocabulary: {
      type: 'object',
      description:
        'named sets of hint terms that hint groups take with `use` ("troops", "ukraine-destination"): one idea written once',
      propertyNames: { $ref: '#/definitions/id' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['terms'],
        properties: {
          note: { $ref: '#/definitions/maintainerNote' },
          terms: { $ref: '#/definitions/terms' },
          anaphora: {
            type: 'object',
            additionalProperties: false,
            required: ['terms', 'antecedents'],
            description:
              'words that take up the set\'s idea from elsewhere in the sentence ("ins Land", "al país"): they meet a group that uses the set only where the sentence also holds a term of one of the `antecedents` sets',
            properties: {
              terms: { $ref: '#/definitions/terms' },
              antecedents: {
                type: 'array',
                minItems: 1,
                description: "names of term sets in this file's `vocabulary`",
                items: { $ref: '#/definitions/id' },
              },
            },
          },
        },
      },
    },
  }),
};

export function schemaFileName(kind: SourceFileKind): string {
  return `${kind}.schema.json`;
}

/** The bytes data/schema/<kind>.schema.json must hold. */
export function schemaText(kind: SourceFileKind): string {
  return JSON.stringify(SCHEMAS[kind], null, 2) + '\n';
}
