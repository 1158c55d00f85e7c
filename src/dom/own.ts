// Which page nodes are ClaimLens's own, known by identity: a tag name or attribute can be copied by the
// page, an entry in this set cannot. Module scope of the content script's isolated world.

const hosts = new WeakSet<Node>();
const marks = new WeakSet<Node>();

/** Marks a badge or card host: never read as page text, never annotated. */
export function markHost(el: Element): void {
  hosts.add(el);
}

/** Marks a fallback highlight wrapper: its text is the page's, so it is read through. */
export function markWrapper(el: Element): void {
  marks.add(el);
}

export function isOwnHost(node: Node): boolean {
  return hosts.has(node);
}

export function isOwnWrapper(node: Node): boolean {
  return marks.has(node);
}

export function isOwnNode(node: Node): boolean {
  return hosts.has(node) || marks.has(node);
}
