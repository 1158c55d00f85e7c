// Everything a card shows, resolved from the compiled dataset for one mention: pure, so that the
// lookups (names, outlets, role at the article's date, safe links) are tested without a DOM.
import { recordLookup } from '../../core/match/records';
import { currentRole, roleAt as roleAtDate, roleTitle } from '../../core/dates';
import type {
  ClaimStatus,
  CompiledDataset,
  CompiledOfficial,
  EvidenceKind,
  Mention,
  MentionKind,
  Reported,
  Role,
} from '../../core/types';

export interface TimelineEntry {
  status: ClaimStatus;
  date: string;
  /** What the entry is evidence of; entries of indexes compiled before kinds existed read as statements. */
  kind: EvidenceKind;
  /** Official or organisation name (the id itself when the dataset does not know it). */
  by?: string;
  /** A fact-checker's rating in its own words. */
  rating?: string;
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
  /** The role held now, when it differs from the role on `roleDate`. */
  currentRole?: string;
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
  /** The latest history entry: what the status rests on ("Denied by ... on ... via ..."). */
  verdict?: TimelineEntry;
  /** Who made the claim (the `by` of its "claim" entries), never the one who denied it. */
  claimants?: string[];
  /**
   * Official mentioned, speaker of an attribution, or for a claim the official the page's sentence
   * quotes (only as the page has it: never guessed from the claim's `about`).
   */
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

/**
 * The role held on `date` (the latest started one if several overlap); without a date, the current
 * role, else the most recent one. The one rule of src/core/dates.ts, shared with the export.
 */
export function roleAt(official: CompiledOfficial, date?: string): Role | undefined {
  return roleAtDate(official.roles, date);
}

export const roleText = roleTitle;

function officialInfo(dataset: CompiledDataset, id: string, pageDate?: string): OfficialInfo | undefined {
  const o = recordLookup(dataset).official(id);
  if (!o) return undefined;
  const role = roleAt(o, pageDate);
  const now = pageDate ? currentRole(o.roles) : undefined;
  return {
    id,
    name: o.name,
    role: roleText(role),
    country: role?.country,
    roleDate: pageDate,
    ...(now && now !== role ? { currentRole: roleText(now) } : {}),
  };
}

function nameOf(dataset: CompiledDataset, id: string): string {
  return recordLookup(dataset).official(id)?.name ?? dataset.organisations.find((o) => o.id === id)?.name ?? id;
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
    const claim = recordLookup(dataset).claim(mention.id);
    const lang = uiLang.slice(0, 2).toLowerCase();
    const translated = lang !== 'en' ? claim?.translations?.[lang] : undefined;
    const history: TimelineEntry[] = (claim?.history ?? []).map((h) => ({
      status: h.status,
      date: h.date,
      kind: h.kind ?? 'statement',
      by: h.by ? nameOf(dataset, h.by) : undefined,
      rating: h.rating,
      via: h.via ? (dataset.sources.find((s) => s.id === h.via)?.name ?? h.via) : undefined,
      quote: h.quote,
      url: safeUrl(h.url),
      note: h.note,
    }));
    const claimants = [...new Set(history.flatMap((h) => (h.kind === 'claim' && h.by ? [h.by] : [])))];
    return {
      ...base,
      title: claim?.text ?? mention.text,
      translation: translated ? { lang, text: translated } : undefined,
      status: claim?.status,
      reported: mention.reported,
      history,
      verdict: history[history.length - 1],
      claimants: claimants.length ? claimants : undefined,
      official: mention.officialId ? officialInfo(dataset, mention.officialId, pageDate) : undefined,
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

/**
 * What one history entry says, as a message key and its substitutions: "Denied by $1",
 * "Claimed by $1", "Rated “$1” by $2", "Overtaken by events". Undefined when the status word alone
 * is all there is to say (a statement with no named party). Pure, so each basis is tested without a DOM.
 */
export function basisMessage(e: TimelineEntry): { key: string; subs: string[] } | undefined {
  const status = e.status[0].toUpperCase() + e.status.slice(1);
  switch (e.kind) {
    case 'claim':
      return e.by ? { key: 'basisClaimedBy', subs: [e.by] } : { key: 'basisClaimReported', subs: [] };
    case 'fact-check': {
      const checker = e.by ?? e.via;
      if (!checker) return e.rating ? { key: 'basisRated', subs: [e.rating] } : undefined;
      return e.rating
        ? { key: 'basisRatedBy', subs: [e.rating, checker] }
        : { key: `basis${status}ByChecker`, subs: [checker] };
    }
    case 'events':
      return { key: `basisEvents${status}`, subs: [] };
    default:
      return e.by ? { key: `basis${status}By`, subs: [e.by] } : undefined;
  }
}

/** Whether basisMessage already says the status in words ("Denied by ..."), so the chip needs no word. */
export function basisStatesStatus(e: TimelineEntry): boolean {
  return e.kind === 'statement' && !!e.by && e.status !== 'unverified';
}
