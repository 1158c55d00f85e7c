// What reaches a terminal from pages, datasets and file names: control characters (ESC, CSI, BEL,
// C1) and bidi overrides are shown as \uXXXX instead of being obeyed. Line breaks and tabs stay.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A single line for messages: also escapes CR and LF, so a name cannot forge a line of its own. */
export function nameForTerminal(text: string): string {
  return forTerminal(text).replace(/[\r\n]/g, (c) => (c === '\r' ? '\\r' : '\\n'));
}
