import { userAgentFamily } from './network';

/**
 * Devices as the ledger can tell them apart. WeChat writes the network type into the user agent
 * per request (`NetType/WIFI`, `4G`, `5G`), so one phone moving between Wi-Fi and mobile data shows
 * several strings; without it the string is the device: WeChat on Android adds a per-install id
 * (`MMWEBID`), so such a string is one phone, while iPhone WeChat names only the iOS and WeChat
 * versions, shared by everyone on them. The model is the phone model an Android string names
 * (whatever its OS, browser and WeChat versions): bulk-bought phones share it. The software is
 * the rest of an Android string, the model taken out (Android version, build id, WebView, WeChat
 * version): phones that only claim different models while running one system image share it.
 *
 * A ballot has hundreds of thousands of distinct Android strings, so devices are numbered by
 * hashing each user agent with its network type skipped, never by building a second string per
 * user agent.
 */
export interface DeviceTable {
  /** Device ordinal of each user-agent ordinal. */
  ofUa: Int32Array;
  /** A user-agent ordinal of each device (its name is that string without the network type). */
  uaOf: Int32Array;
  /** 1 when the device names one install. */
  oneInstall: Uint8Array;
  /** Model ordinal of each device (the string without its per-install parts where it names no model). */
  modelOf: Int32Array;
  modelCount: number;
  /** Software ordinal of each device (see phoneSoftware). */
  softwareOf: Int32Array;
  softwareCount: number;
}

const INSTALL_ID = /MMWEBID\/\d+/;
const NET_TYPE = 'NetType/';
const MODEL = /;\s*([^;()]+?) Build\//;

export function namesOneInstall(ua: string): boolean {
  return INSTALL_ID.test(ua);
}

/** The user agent without the network type WeChat writes per request. */
export function deviceString(ua: string): string {
  const [from, to] = netTypeSpan(ua);
  return from === to ? ua : ua.slice(0, from) + ua.slice(to);
}

/** The phone model an Android user agent names (`…; Android 14; V2309A Build/…`), else its family. */
export function phoneModel(ua: string): string {
  return androidModel(ua) ?? userAgentFamily(ua);
}

/** The model an Android user agent names, or null for any other string. */
export function androidModel(ua: string): string | null {
  const m = MODEL.exec(ua);
  return m ? m[1] : null;
}

/**
 * What an Android user agent says about the phone's software: the string without its model, its
 * per-install id and its network type (Android version, build id, WebView and WeChat versions).
 * Other strings: their family, as for phoneModel.
 */
export function phoneSoftware(ua: string): string {
  const m = MODEL.exec(ua);
  if (!m) return userAgentFamily(ua);
  const from = m.index + m[0].length - m[1].length - ' Build/'.length;
  return userAgentFamily(ua.slice(0, from) + ua.slice(from + m[1].length));
}

/** Where ` NetType/…` sits in the string (from its leading space to the next space), or [0, 0]. */
function netTypeSpan(ua: string): [number, number] {
  const at = ua.indexOf(NET_TYPE);
  if (at < 0) return [0, 0];
  const from = at > 0 && ua.charCodeAt(at - 1) === 32 ? at - 1 : at;
  const end = ua.indexOf(' ', at);
  return [from, end < 0 ? ua.length : end];
}

/** FNV-1a over the string without its network type. */
function deviceHash(ua: string): number {
  const [from, to] = netTypeSpan(ua);
  let h = 0x811c9dc5;
  for (let i = 0; i < ua.length; i++) {
    if (i === from) i = to;
    if (i >= ua.length) break;
    h = Math.imul(h ^ ua.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function sameDevice(a: string, b: string): boolean {
  const [af, at] = netTypeSpan(a);
  const [bf, bt] = netTypeSpan(b);
  if (a.length - (at - af) !== b.length - (bt - bf)) return false;
  let i = 0;
  let j = 0;
  for (;;) {
    if (i === af) i = at;
    if (j === bf) j = bt;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

export function deviceTable(userAgents: readonly string[]): DeviceTable {
  const n = userAgents.length;
  const ofUa = new Int32Array(n);
  const uaOf = new Int32Array(n);
  const oneInstall = new Uint8Array(n);
  const modelOf = new Int32Array(n);
  const modelIdx = new Map<string, number>();
  const softwareOf = new Int32Array(n);
  const softwareIdx = new Map<string, number>();
  // Open addressing on the device hash: a device ordinal per slot, or -1; at most half full.
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * n + 2))).fill(-1);
  const mask = slots.length - 1;
  let devices = 0;
  for (let u = 0; u < n; u++) {
    const ua = userAgents[u];
    let s = deviceHash(ua) & mask;
    let d = -1;
    for (let k = slots[s]; k >= 0; k = slots[s]) {
      if (sameDevice(userAgents[uaOf[k]], ua)) {
        d = k;
        break;
      }
      s = (s + 1) & mask;
    }
    if (d < 0) {
      d = devices++;
      slots[s] = d;
      uaOf[d] = u;
      oneInstall[d] = namesOneInstall(ua) ? 1 : 0;
      const model = phoneModel(ua);
      let m = modelIdx.get(model);
      if (m === undefined) {
        m = modelIdx.size;
        modelIdx.set(model, m);
      }
      modelOf[d] = m;
      const software = phoneSoftware(ua);
      let w = softwareIdx.get(software);
      if (w === undefined) {
        w = softwareIdx.size;
        softwareIdx.set(software, w);
      }
      softwareOf[d] = w;
    }
    ofUa[u] = d;
  }
  return { ofUa, uaOf: uaOf.slice(0, devices), oneInstall: oneInstall.slice(0, devices), modelOf: modelOf.slice(0, devices), modelCount: modelIdx.size, softwareOf: softwareOf.slice(0, devices), softwareCount: softwareIdx.size };
}

/** A device's name for the evidence: its user agent without the network type. */
export function deviceName(table: DeviceTable, userAgents: readonly string[], d: number): string {
  return deviceString(userAgents[table.uaOf[d]]);
}
