// Which addresses a redirect may lead to: public unicast only, unless the user allows private ones.
// Loopback, private (RFC 1918, ULA), link-local (cloud metadata at 169.254.169.254), CGNAT,
// multicast and reserved ranges are internal: a public page must not steer the CLI into them.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

function v4Parts(ip: string): number[] {
  return ip.split('.').map(Number);
}

export function isPrivateIPv4(ip: string): boolean {
  const [a, b] = v4Parts(ip);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && v4Parts(ip)[2] === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) return isPrivateIPv4(ip);
  if (kind !== 6) return true;
  const lower = ip.toLowerCase();
  const mapped = /^(?:0*:)*(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower.replace(/^::/, ''));
  if (mapped) return isPrivateIPv4(mapped[1]);
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xff00) === 0xff00 // multicast
  );
}

/** Undefined when the URL's host is public; else why it is not (for the message). */
export async function internalReason(url: URL): Promise<string | undefined> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? `a non-public address (${host})` : undefined;
  if (host === 'localhost' || host.endsWith('.localhost')) return `a non-public address (${host})`;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return undefined; // the fetch itself will report the name that does not resolve
  }
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  return bad ? `a non-public address (${host} is ${bad.address})` : undefined;
}
