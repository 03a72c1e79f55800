/**
 * The red-team generator's world: random numbers, phones, networks and the shape of a day. Written
 * independently of src/sim (which the detector was tuned on), with deliberately different choices:
 * an hourly (not smooth) daily curve with a morning commute peak, habitual voters who come back
 * around the same time each day, older and newer WeChat builds, HarmonyOS, iPad and PC WeChat,
 * IPv6 carriers and carrier NATs of several sizes.
 */

/** mulberry32: small, fast, seedable. */
export class Rand {
  private s: number;
  constructor(seed: number) {
    this.s = (seed * 2654435761) >>> 0 || 1;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
  poisson(mean: number): number {
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const l = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > l) {
      k++;
      p *= this.next();
    }
    return k;
  }
  weighted(ws: readonly number[]): number {
    let sum = 0;
    for (const w of ws) sum += w;
    let r = this.next() * sum;
    for (let i = 0; i < ws.length; i++) {
      r -= ws[i];
      if (r < 0) return i;
    }
    return ws.length - 1;
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.next() * 16)];
    return s;
  }
}

/** Relative votes per local hour (Asia/Shanghai): commute, lunch, long evening; near silence 1–6. */
export const HOURLY = [3, 1.5, 0.7, 0.4, 0.4, 0.8, 3, 7, 9, 7, 6, 7, 10, 9, 6, 5.5, 6, 7, 8, 10, 12, 12, 10, 6];

/** A local minute of day drawn from the hourly curve. */
export function curveMinute(r: Rand): number {
  return r.weighted(HOURLY) * 60 + r.next() * 60;
}

const IOS = ['15_7_9', '16_1_1', '16_3', '16_6_1', '17_0_3', '17_1_2', '17_4', '17_5_1', '18_1', '18_2_1'];
const WX_IOS = ['8.0.33(0x18002129)', '8.0.38(0x1800262c)', '8.0.40(0x1800282a)', '8.0.44(0x18002c2e)', '8.0.47(0x18002f2f)', '8.0.51(0x18003329)', '8.0.54(0x18003637)'];
const ANDROID = ['PEGM00', 'V2055A', 'M2007J3SC', 'V2324A', 'PHW110', 'RMX3300', 'SM-G9910', 'LE2120', 'PFUM10', '2201122C', 'M2104K10AC', 'V2121A', 'PDYM20', 'NX669J', 'RMX2202', 'V1981A', '22041211AC', 'PGKM10', 'V2338A', 'CPH2381'];
const HARMONY = ['ANA-AN00', 'NOH-AL00', 'JLN-AL00', 'CET-AL00', 'ALN-AL80', 'DCO-AL00', 'OCE-AN10', 'FIN-AL60'];
const WX_ANDROID = ['8.0.30.2260(0x28001E3B)', '8.0.35.2360(0x28002337)', '8.0.40.2420(0x28002837)', '8.0.44.2502(0x28002C36)', '8.0.47.2560(0x28002F30)', '8.0.53.2740(0x28003535)'];
const CHROME = ['86.0.4240.99', '101.0.4951.74', '107.0.5304.141', '111.0.5563.116', '122.0.6261.120', '126.0.6478.188'];
const NET_WEIGHTS = [5, 3, 2];
const NETS = ['WIFI', '4G', '5G'];

/** A phone: a UA template (NetType filled per vote) that stays with its owner. */
export interface Phone {
  ua: (r: Rand) => string;
}

export function phone(r: Rand, forceModel?: { android: string; wx: string; os: string }): Phone {
  const net = (x: Rand) => NETS[x.weighted(NET_WEIGHTS)];
  if (forceModel) {
    const id = r.int(1000, 9999);
    return {
      ua: (x) =>
        `Mozilla/5.0 (Linux; Android ${forceModel.os}; ${forceModel.android} Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${CHROME[3]} Mobile Safari/537.36 XWEB/5235 MMWEBSDK/20230805 MMWEBID/${id} MicroMessenger/${forceModel.wx} WeChat/arm64 Weixin NetType/${net(x)} Language/zh_CN ABI/arm64`,
    };
  }
  const kind = r.weighted([44, 38, 14, 2, 2]);
  if (kind === 0) {
    const os = r.pick(IOS);
    const wx = r.pick(WX_IOS);
    return { ua: (x) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx} NetType/${net(x)} Language/zh_CN` };
  }
  if (kind === 1 || kind === 2) {
    const model = kind === 1 ? r.pick(ANDROID) : r.pick(HARMONY);
    const osv = r.pick(['10', '11', '12', '13', '14']);
    const ci = r.int(0, CHROME.length - 1);
    const wx = r.pick(WX_ANDROID);
    const id = r.int(1000, 9999);
    const harmony = kind === 2 ? ' HarmonyOS;' : '';
    return {
      ua: (x) =>
        `Mozilla/5.0 (Linux; Android ${osv};${harmony} ${model} Build/HUAWEI${model}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${CHROME[ci]} Mobile Safari/537.36 XWEB/${4300 + ci * 311} MMWEBSDK/20231002 MMWEBID/${id} MicroMessenger/${wx} WeChat/arm64 Weixin NetType/${net(x)} Language/zh_CN ABI/arm64`,
    };
  }
  if (kind === 3) {
    const os = r.pick(['16_6', '17_2', '17_5']);
    const wx = r.pick(WX_IOS);
    return { ua: () => `Mozilla/5.0 (iPad; CPU OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx} NetType/WIFI Language/zh_CN` };
  }
  const pc = r.pick(['0x63090a13', '0x6309092b', '0x63090819']);
  return { ua: () => `Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(${pc}) XWEB/8519 Flue` };
}

/** Where a voter's votes come from: a fixed address, or an address drawn per vote from a carrier NAT pool. */
export type Net = (r: Rand) => string;

export interface Networks {
  carrierV4: string[][];
  offices: string[][];
}

/** Carrier NAT pools (China Mobile / Unicom / Telecom style ranges) sized to the ballot. */
export function networks(r: Rand, votersPerDay: number): Networks {
  const natSize = Math.max(20, Math.round(votersPerDay / r.pick([8, 20, 60])));
  const bases = ['117.136', '223.104', '112.96', '39.144', '106.39', '120.229'];
  const carrierV4 = bases.map((b) => {
    const out: string[] = [];
    const third = r.int(0, 200);
    for (let i = 0; i < natSize; i++) out.push(`${b}.${third + (i % 24)}.${r.int(1, 254)}`);
    return out;
  });
  const offices: string[][] = [];
  for (let i = 0; i < Math.max(10, votersPerDay / 40); i++) {
    const p = `${r.int(58, 222)}.${r.int(0, 255)}.${r.int(0, 255)}`;
    offices.push(Array.from({ length: r.int(1, 3) }, () => `${p}.${r.int(1, 254)}`));
  }
  return { carrierV4, offices };
}

export function ipv6(r: Rand): string {
  const head = r.pick(['240e:3b4', '2409:8a5c', '2408:8456', '240e:47e', '2409:8934']);
  return `${head}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`;
}

/** A voter's network: mostly carrier NAT or IPv6 on the phone, some home broadband, some office. */
export function voterNet(r: Rand, n: Networks): Net {
  const k = r.weighted([34, 26, 28, 12]);
  if (k === 0) {
    const pool = r.pick(n.carrierV4);
    return (x) => x.pick(pool);
  }
  if (k === 1) {
    const fixed = ipv6(r);
    // The interface id rotates (privacy addresses); the /64 stays.
    return (x) => (x.chance(0.5) ? fixed : `${fixed.split(':').slice(0, 4).join(':')}:${x.hex(4)}:${x.hex(4)}:${x.hex(4)}:${x.hex(4)}`);
  }
  if (k === 2) {
    const ip = `${r.pick(['183', '59', '218', '171', '27', '115'])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    return () => ip;
  }
  const office = r.pick(n.offices);
  return (x) => x.pick(office);
}
