/**
 * Network and device facts about one vote. A /24 (IPv4) or /64 (IPv6) is the unit an operator
 * leases or a household/office sits behind; proxy pools and click farms rotate addresses inside
 * a few of them.
 */
export function prefixOf(raw: string): string {
  const ip = normalizeIp(raw);
  const mapped = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (!mapped.includes(':')) {
    const last = mapped.lastIndexOf('.');
    return last > 0 ? `${mapped.slice(0, last)}.0/24` : mapped;
  }
  const [head, tail] = mapped.split('::', 2);
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...new Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  const first4 = groups.slice(0, 4).map((g) => (g === '' ? '0' : g.toLowerCase().replace(/^0+(?=.)/, '')));
  while (first4.length < 4) first4.push('0');
  return `${first4.join(':')}::/64`;
}

/** `[2409:8a5c::1]:443`, `fe80::1%eth0`, `1.2.3.4:5678`, ` 1.2.3.4 ` → the bare address. */
function normalizeIp(ip: string): string {
  let s = ip.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracket) s = bracket[1];
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const v4port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(s);
  return (v4port ? v4port[1] : s).toLowerCase();
}

/** The voting page is a WeChat H5 page behind WeChat OAuth: honest votes come from WeChat's in-app browser. */
export function isWeChatUserAgent(ua: string): boolean {
  return ua.includes('MicroMessenger');
}

/**
 * The device family a UA names: the string without the parts WeChat varies per request or per
 * install (NetType, MMWEBID, Language). Bulk-bought phones of one model on one WeChat build share a
 * family even when their raw strings differ; honest voters spread over hundreds of families.
 */
export function userAgentFamily(ua: string): string {
  return ua.replace(/ ?(NetType|MMWEBID|Language)\/\S+/g, '');
}
