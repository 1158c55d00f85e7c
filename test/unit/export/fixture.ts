// A tiny compiled dataset and page for the export tests: one official, one organisation, one claim
// with a two-step history, and text containing characters that CSV and JSON must escape.
import type { CompiledDataset, Mention } from '../../../src/core/types';

export const dataset: CompiledDataset = {
  format: 1,
  version: '2026.11.25-test',
  updated: '2026-11-25',
  license: 'CC0-1.0',
  officials: [
    {
      id: 'kazuyuki-yamazaki',
      name: 'Kazuyuki Yamazaki',
      aliases: [{ text: 'Kazuyuki Yamazaki', lang: 'en' }],
      roles: [
        { title: 'Ambassador', organisation: 'Embassy of Japan', country: 'JP', from: '2016', to: '2019-12' },
        {
          title: 'Permanent Representative to the UN',
          organisation: 'Mission of Japan',
          country: 'JP',
          from: '2023-01',
        },
      ],
    },
  ],
  organisations: [{ id: 'mofa-fr', name: 'French Ministry of Armed Forces', country: 'FR' }],
  sources: [
    { id: 'ria', name: 'RIA Novosti', kind: 'news agency', url: 'https://ria.ru/' },
    { id: 'afp', name: 'AFP', kind: 'news agency' },
  ],
  claims: [
    {
      id: 'japan-troops-ukraine',
      text: 'Japan plans to send troops to Ukraine, "soon", = sure',
      about: ['kazuyuki-yamazaki'],
      status: 'denied',
      history: [
        { status: 'unverified', date: '2024-02-27', via: 'afp' },
        { status: 'denied', date: '2024-03-01', by: 'kazuyuki-yamazaki', via: 'ria', url: 'https://ria.ru/x' },
        { status: 'denied', date: '2024-03-02', by: 'mofa-fr' },
      ],
      hints: { groups: [] },
    },
  ],
};

export const pageText =
  'Headline\nJapan’s representative, Kazuyuki Yamazaki, said "no" to plans to send troops to Ukraine, = nothing, at all.\n=SUM(A1)';

function mention(kind: Mention['kind'], id: string, needle: string, extra: Partial<Mention> = {}): Mention {
  const start = pageText.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { kind, id, start, end: start + needle.length, text: needle, score: 1, why: [`alias '${needle}'`], ...extra };
}

export const mentions: Mention[] = [
  mention('official', 'kazuyuki-yamazaki', 'Kazuyuki Yamazaki'),
  mention('claim', 'japan-troops-ukraine', 'said "no" to plans to send troops to Ukraine, = nothing, at all.', {
    score: 0.82,
    why: ['terms: Japan, troops, Ukraine', '=cmd|calc'],
    officialId: 'kazuyuki-yamazaki',
    reported: 'denied',
  }),
  mention('attribution', 'kazuyuki-yamazaki', '=SUM(A1)', { verb: 'said' }),
];
