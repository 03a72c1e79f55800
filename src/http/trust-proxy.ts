import { isIP } from 'node:net';

/**
 * TRUST_PROXY: which hops in front of the service may say who the client is (X-Forwarded-For).
 * - unset, `false`, `0`: none; the client is the socket's peer.
 * - a hop count (`1`, `2`): that many proxies, nearest first, are trusted, whatever their address.
 * - a list of addresses and CIDR ranges (`10.0.0.0/8,127.0.0.1`; also proxy-addr's names
 *   `loopback`, `linklocal`, `uniquelocal`): only hops from those addresses are trusted.
 * `true` (trust every hop) is refused: the client then chooses its own address by sending
 * X-Forwarded-For, and with it escapes every per-IP limit and forges the ledger's network evidence.
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const slash = entry.indexOf('/');
  if (slash < 0) return isIP(entry) !== 0;
  const family = isIP(entry.slice(0, slash));
  const bits = entry.slice(slash + 1);
  if (family === 0 || !/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** Parses TRUST_PROXY; the error message says what is wrong, never echoing more than the entry. */
export function parseTrustProxy(raw: string | boolean | undefined): { ok: true; value: TrustProxy } | { ok: false; message: string } {
  if (raw === undefined || raw === false) return { ok: true, value: false };
  const text = String(raw).trim().toLowerCase();
  if (text === '' || text === 'false' || text === '0' || text === 'no' || text === 'off') return { ok: true, value: false };
  if (text === 'true' || text === 'yes' || text === 'on') {
    return {
      ok: false,
      message:
        'true would trust every hop, letting any client choose its own IP; give the number of proxies in front of the service (e.g. 1) or their addresses/CIDR ranges (e.g. 10.0.0.0/8,127.0.0.1)',
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 16 ? { ok: true, value: hops } : { ok: false, message: 'a hop count is 1..16' };
  }
  const entries = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.find((e) => !isAddressOrRange(e));
  if (bad !== undefined) return { ok: false, message: `not an IP address or CIDR range: ${bad.slice(0, 64)}` };
  return { ok: true, value: entries };
}

/** Fastify's `trustProxy` option for a parsed value (a hop count as proxy-addr's hop function). */
export function fastifyTrustProxy(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return value;
}
