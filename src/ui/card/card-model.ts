// Everything a card shows, resolved from the compiled dataset for one mention: pure, so that the
// lookups (names, outlets, role at the article's date, safe links) are tested without a DOM.
import type {
  ClaimStatus,
  CompiledDataset,
  CompiledOfficial,
  Mention,
  MentionKind,
  Reported,
  Role,
} from '../../core/types';

export interface TimelineEntry {
  status: ClaimStatus;
  date: string;
  /** Official or organisation name (the id itself when the dataset does not know it). */
  by?: string;
  /** Outlet name. */
  via?: string;
  quote?: string;
  /** Only http(s) links survive; anything else (javascript:, data:) is dropped. */
  url?: string;
  note?: string;
}

export interface OfficialInfo {
  id: string;
  name: string;
  role?: string;
  country?: string;
  /** The date the role was looked up for (the article's date), or undefined for "current". */
  roleDate?: string;
}

export interface CardModel {
  kind: MentionKind;
  id: string;
  /** Claim text (canonical, English) or official name; the page's text when the id is unknown. */
  title: string;
  /** The claim in the reader's language, when the dataset has it. */
  translation?: { lang: string; text: string };
  status?: ClaimStatus;
  /** What the page's sentence does with the claim (beside `status`, the dataset's verdict). */
  reported?: Reported;
  history: TimelineEntry[];
  /** Official mentioned, speaker of an attribution, or the official a claim is attributed to. */
  official?: OfficialInfo;
  verb?: string;
  matched: string;
  why: string[];
  score: number;
  datasetVersion: string;
}

export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** ISO prefix comparison: "2022" covers every date in 2022, "2022-03" every date in March. */
function startsBy(from: string | undefined, date: string): boolean {
  return !from || from.slice(0, date.length) <= date.slice(0, from.length);
}
function endsAfter(to: string | undefined, date: string): boolean {
  return !to || to.slice(0, date.length) >= date.slice(0, to.length);
}

/**
 * The role held on `date` (the latest started one if several overlap); without a date, the current
 * role (no end date), else the most recent one.
 */
export function roleAt(official: CompiledOfficial, date?: string): Role | undefined {
  const byStart = [...official.roles].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  if (date) return byStart.find((r) => startsBy(r.from, date) && endsAfter(r.to, date));
  return byStart.find((r) => !r.to) ?? byStart[0];
}

export function roleText(role: Role | undefined): string | undefined {
  if (!role) return undefined;
  return role.organisation ? `${role.title}, ${role.organisation}` : role.title;
}

function officialInfo(dataset: CompiledDataset, id: string, pageDate?: string): OfficialInfo | undefined {
  const o = dataset.officials.find((x) => x.id === id);
  if (!o) return undefined;
  const role = roleAt(o, pageDate);
  return { id, name: o.name, role: roleText(role), country: role?.country, roleDate: pageDate };
}

function nameOf(dataset: CompiledDataset, id: string): string {
  return dataset.officials.find((o) => o.id === id)?.name ?? dataset.organisations.find((o) => o.id === id)?.name ?? id;
}

export function buildCardModel(
  dataset: CompiledDataset,
  mention: Mention,
  pageDate?: string,
  uiLang = 'en',
): CardModel {
  const base = {
    kind: mention.kind,
    id: mention.id,
    matched: mention.text,
    why: mention.why,
    score: mention.score,
    datasetVersion: dataset.version,
    history: [] as TimelineEntry[],
  };
  if (mention.kind === 'claim') {
    const claim = dataset.claims.find((c) => c.id === mention.id);
    const speaker = mention.officialId ?? claim?.about.find((a) => dataset.officials.some((o) => o.id === a));
    const lang = uiLang.slice(0, 2).toLowerCase();
    const translated = lang !== 'en' ? claim?.translations?.[lang] : undefined;
    return {
      ...base,
      title: claim?.text ?? mention.text,
      translation: translated ? { lang, text: translated } : undefined,
      status: claim?.status,
      reported: mention.reported,
      history: (claim?.history ?? []).map((h) => ({
        status: h.status,
        date: h.date,
        by: h.by ? nameOf(dataset, h.by) : undefined,
        via: h.via ? (dataset.sources.find((s) => s.id === h.via)?.name ?? h.via) : undefined,
        quote: h.quote,
        url: safeUrl(h.url),
        note: h.note,
      })),
      official: speaker ? officialInfo(dataset, speaker, pageDate) : undefined,
    };
  }
  const official = officialInfo(
    dataset,
    mention.kind === 'attribution' ? (mention.officialId ?? mention.id) : mention.id,
    pageDate,
  );
  return {
    ...base,
    title: official?.name ?? mention.text,
    official,
    verb: mention.verb,
  };
}
