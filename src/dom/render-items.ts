// What each mention found on the page shows (the annotator's choice, before the renderer draws it).
// Calm by default: outside the article nothing is drawn (the side panel still lists it); an official
// gets a badge at their first mention in a paragraph and later mentions only the highlight (in a
// caption only the highlight: a caption under a photo or video repeats the article, and the badge
// belongs beside the article's own sentence); claims found in one sentence share one badge that names
// them all. `wholePage` badges every mention.
import { STATUS_ICON } from '../core/status-look';
import type { ClaimStatus, Mention } from '../core/types';
import { blockOf } from './dirty-blocks';
import { locate, type TextMap } from './extract';
import type { ReadingScope } from './main-content';
import type { RenderItem } from './renderer';

export interface ItemWords {
  statusOf: (m: Mention) => ClaimStatus | undefined;
  label: (m: Mention) => string;
  word?: (m: Mention) => string;
  groupWord?: (ms: readonly Mention[]) => string;
  groupLabel?: (ms: readonly Mention[]) => string;
}

export interface ItemContext {
  words: ItemWords;
  /** Whether a mention's layer (and status) is switched on. */
  visible: (m: Mention, status: ClaimStatus | undefined) => boolean;
  /** The article body; null badges the whole page. */
  scope: ReadingScope | null;
  /** Whether the paragraph already shows a badge for this official (an earlier slice or update drew it). */
  officialBadged: (block: Node, id: string) => boolean;
}

/** Whether text at `node` is a figure's or table's caption. */
function inCaption(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest('figcaption, caption') != null;
}

export function renderItems(map: TextMap, mentions: readonly Mention[], ctx: ItemContext): RenderItem[] {
  const { words, visible, scope } = ctx;
  const officials = new Map<Node, Set<string>>();
  const groups: { lead: RenderItem; members: Mention[]; block: Node; end: number }[] = [];
  const items: RenderItem[] = [];
  const ordered = [...mentions].sort((x, y) => x.start - y.start || x.end - y.end);
  for (const m of ordered) {
    const status = m.kind === 'claim' ? words.statusOf(m) : undefined;
    const item: RenderItem = {
      mention: m,
      status,
      label: words.label(m),
      word: words.word?.(m),
      visible: visible(m, status),
      tabStop: false,
    };
    items.push(item);
    if (!scope) continue;
    const node = locate(map, m.start, 'start')?.node;
    if (!node) continue;
    if (!scope.includes(node)) {
      item.badge = false;
      item.highlight = false;
      continue;
    }
    const block = blockOf(node);
    if (m.kind === 'official') {
      if (inCaption(node)) {
        item.badge = false;
        continue;
      }
      let ids = officials.get(block);
      if (!ids) officials.set(block, (ids = new Set()));
      if (ids.has(m.id) || ctx.officialBadged(block, m.id)) item.badge = false;
      ids.add(m.id);
    } else if (m.kind === 'claim') {
      const g = groups[groups.length - 1];
      if (g && g.block === block && m.start < g.end) {
        item.badge = false;
        g.members.push(m);
        g.end = Math.max(g.end, m.end);
      } else {
        groups.push({ lead: item, members: [m], block, end: m.end });
      }
    }
  }
  for (const g of groups) {
    if (g.members.length < 2) continue;
    const statuses = [...new Set(g.members.map((m) => words.statusOf(m)))];
    g.lead.icon = statuses.map((st) => (st ? STATUS_ICON[st] : '?')).join('');
    g.lead.word = words.groupWord?.(g.members) ?? `${g.members.length} claims`;
    g.lead.label = words.groupLabel?.(g.members) ?? g.members.map(words.label).join('; ');
    // Shown while any of its claims' layers is on.
    g.lead.visible = g.members.some((m) => visible(m, words.statusOf(m)));
  }
  return items;
}
