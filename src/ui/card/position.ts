// Where the card goes: next to its badge, below it unless there is more room above, and always
// inside the viewport. Pure arithmetic on rectangles, so that the edge cases are unit-tested.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** Set when the card is taller than the room on either side: it then scrolls inside. */
  maxHeight: number;
}

export const GAP = 6;
export const MARGIN = 8;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, 80);
  const height = Math.min(card.height, room);
  const top =
    side === 'below'
      ? Math.min(anchor.top + anchor.height + GAP, viewport.height - MARGIN - height)
      : Math.max(MARGIN, anchor.top - GAP - height);
  // Start at the badge's left edge; flip leftwards near the right edge; never off the left edge.
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top: Math.round(top), left: Math.round(left), side, maxHeight: Math.floor(room) };
}
