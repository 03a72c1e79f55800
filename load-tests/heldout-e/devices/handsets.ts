import type { Rng } from '../../heldout/prng';
import { ANDROID_MODELS, buildId, type AndroidModel, type Brand, type Tier } from './android-models';
import { ANDROID_WECHAT, HARMONY_WECHAT, IOS_VERSIONS, IOS_WECHAT, XWEB, type WechatVersion } from './wechat-versions';

export type NetType = 'WIFI' | '4G' | '5G';
export type Os = 'android' | 'ios' | 'harmony';

/** Who carries the phone: each kind of person buys different phones and updates WeChat differently. */
export type Profile = 'general' | 'young' | 'elder' | 'official' | 'parent' | 'worker';

/**
 * One physical phone with one WeChat install: the user agent its in-app browser sends. The string
 * is fixed but for the network type, and for a WeChat update some phones take during the week.
 * Several accounts logged in on one phone send the very same string (Android: same MMWEBID).
 */
export class Handset {
  private readonly cache = new Map<string, string>();

  constructor(
    readonly os: Os,
    readonly fiveG: boolean,
    /** What the phone is, for logs and tests: "android 12 ALN-AL00". */
    readonly label: string,
    private readonly parts: { head: string; tail: string },
    private readonly update?: { at: number; head: string; tail: string },
  ) {}

  ua(net: NetType, at: number): string {
    const updated = this.update !== undefined && at >= this.update.at;
    const key = updated ? `u${net}` : net;
    let s = this.cache.get(key);
    if (s === undefined) {
      const p = updated ? this.update! : this.parts;
      s = `${p.head}NetType/${net}${p.tail}`;
      this.cache.set(key, s);
    }
    return s;
  }

  /** The network type the phone reports off WiFi. */
  cellular(rng: Rng): NetType {
    return this.fiveG && rng.chance(0.72) ? '5G' : '4G';
  }
}

const OS_SHARE: Record<Profile, [ios: number, harmony: number, android: number]> = {
  general: [0.21, 0.04, 0.75],
  young: [0.26, 0.03, 0.71],
  elder: [0.1, 0.01, 0.89],
  official: [0.28, 0.08, 0.64],
  parent: [0.38, 0.05, 0.57],
  worker: [0.12, 0.02, 0.86],
};

const BRANDS: readonly Brand[] = ['huawei', 'vivo', 'oppo', 'oneplus', 'xiaomi', 'honor', 'samsung', 'realme'];
const BRAND_SHARE: Record<Profile, readonly number[]> = {
  general: [0.2, 0.2, 0.17, 0.03, 0.2, 0.12, 0.03, 0.05],
  young: [0.1, 0.2, 0.15, 0.06, 0.28, 0.12, 0.02, 0.07],
  elder: [0.25, 0.25, 0.25, 0, 0.1, 0.15, 0, 0],
  official: [0.45, 0.12, 0.12, 0, 0.12, 0.12, 0.07, 0],
  parent: [0.22, 0.18, 0.17, 0.03, 0.2, 0.12, 0.04, 0.04],
  worker: [0.1, 0.22, 0.2, 0, 0.25, 0.15, 0, 0.08],
};

const TIERS: readonly Tier[] = ['flagship', 'mid', 'budget', 'old'];
const TIER_SHARE: Record<Profile, readonly number[]> = {
  general: [0.25, 0.4, 0.25, 0.1],
  young: [0.2, 0.5, 0.28, 0.02],
  elder: [0.05, 0.2, 0.35, 0.4],
  official: [0.45, 0.45, 0.08, 0.02],
  parent: [0.3, 0.45, 0.2, 0.05],
  worker: [0.05, 0.4, 0.5, 0.05],
};

/** How far behind the newest WeChat a kind of person runs: weight multiplier per version age. */
function staleness(profile: Profile, age: number, count: number): number {
  const old = age / Math.max(1, count - 1);
  if (profile === 'elder') return 0.4 + 3 * old;
  if (profile === 'young') return 1.3 - old;
  return 1;
}

function pickVersion(rng: Rng, list: readonly WechatVersion[], profile: Profile): WechatVersion {
  return list[rng.weightedIndex(list.map((v, i) => v.share * staleness(profile, i, list.length)))];
}

const LANGS = ['zh_CN', 'zh_HK', 'zh_TW', 'en'];
const LANG_SHARE = [0.985, 0.005, 0.003, 0.007];

export function pickAndroidModel(rng: Rng, profile: Profile): AndroidModel {
  const brand = BRANDS[rng.weightedIndex(BRAND_SHARE[profile])];
  const models = ANDROID_MODELS.filter((x) => x.brand === brand);
  const tierShare = TIER_SHARE[profile];
  return models[rng.weightedIndex(models.map((x) => tierShare[TIERS.indexOf(x.tier)] + 0.01))];
}

/** Everything an Android WeChat user agent says; a farm or a vendor may fix some of it. */
export interface AndroidSpec {
  model: AndroidModel;
  android: number;
  wechat: WechatVersion;
  buildByte: string;
  xweb: { xweb: string; chrome: string };
  mmwebid: number;
  gpVersion: boolean;
  lang: string;
}

export function drawAndroidSpec(rng: Rng, profile: Profile, model = pickAndroidModel(rng, profile)): AndroidSpec {
  const n = model.android.length;
  // Most phones run the newest firmware their maker shipped; elders' phones often never updated.
  const lag = profile === 'elder' ? [0.4, 0.35, 0.25] : [0.62, 0.27, 0.11];
  const android = model.android[n - 1 - rng.weightedIndex(lag.slice(0, n))];
  const wechat = pickVersion(rng, ANDROID_WECHAT, profile);
  // An old WeChat usually sits on an old XWEB too: nobody opened the update prompt.
  const oldClient = ANDROID_WECHAT.indexOf(wechat) >= 9;
  const xweb = oldClient && rng.chance(0.7) ? XWEB[XWEB.length - 1] : XWEB[rng.weightedIndex(XWEB.map((x) => x.share))];
  return {
    model,
    android,
    wechat,
    buildByte: rng.pick(wechat.buildBytes),
    xweb,
    mmwebid: rng.int(0, 9999),
    gpVersion: wechat.minor >= 51 && rng.chance(0.2),
    lang: LANGS[rng.weightedIndex(LANG_SHARE)],
  };
}

export function androidParts(s: AndroidSpec): { head: string; tail: string } {
  const hex = `0x2800${s.wechat.minor.toString(16).toUpperCase().padStart(2, '0')}${s.buildByte}`;
  return {
    head:
      `Mozilla/5.0 (Linux; Android ${s.android}; ${s.model.model} Build/${buildId(s.model, s.android)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) ` +
      `Version/4.0 Chrome/${s.xweb.chrome} Mobile Safari/537.36 XWEB/${s.xweb.xweb} MMWEBSDK/${s.wechat.sdk} MMWEBID/${s.mmwebid} ` +
      `MicroMessenger/${s.wechat.version}(${hex}) WeChat/arm64 Weixin ${s.gpVersion ? 'GPVersion/1 ' : ''}`,
    tail: ` Language/${s.lang} ABI/arm64`,
  };
}

export function androidHandset(s: AndroidSpec, updateAt?: number): Handset {
  const label = `android ${s.android} ${s.model.model}`;
  const newest = ANDROID_WECHAT[0];
  const update = updateAt !== undefined && s.wechat !== newest ? { at: updateAt, ...androidParts({ ...s, wechat: newest, buildByte: newest.buildBytes[0] }) } : undefined;
  return new Handset('android', s.model.fiveG && s.android >= 11, label, androidParts(s), update);
}

export function iosParts(os: string, wechat: WechatVersion, buildByte: string, lang = 'zh_CN'): { head: string; tail: string } {
  const hex = `0x1800${wechat.minor.toString(16).padStart(2, '0')}${buildByte}`;
  return {
    head: `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wechat.version}(${hex}) `,
    tail: ` Language/${lang}`,
  };
}

export function iosHandset(rng: Rng, profile: Profile, updateAt?: number): Handset {
  const ageBias = profile === 'elder' ? 1.6 : profile === 'young' ? 0.5 : 1;
  const os = IOS_VERSIONS[rng.weightedIndex(IOS_VERSIONS.map((v) => v.share * Math.pow(ageBias, v.age)))];
  const wechat = pickVersion(rng, IOS_WECHAT, profile);
  const lang = LANGS[rng.weightedIndex(LANG_SHARE)];
  const newest = IOS_WECHAT[0];
  const update = updateAt !== undefined && wechat !== newest ? { at: updateAt, ...iosParts(os.os, newest, newest.buildBytes[0], lang) } : undefined;
  // iPhone 12 and later have 5G; the oldest iOS versions are on phones that do not.
  return new Handset('ios', os.age <= 2 && rng.chance(0.85), `ios ${os.os}`, iosParts(os.os, wechat, rng.pick(wechat.buildBytes), lang), update);
}

export function harmonyHandset(rng: Rng): Handset {
  const wechat = HARMONY_WECHAT[rng.weightedIndex(HARMONY_WECHAT.map((v) => v.share))];
  const os = rng.chance(0.65) ? '5.1' : '5.0';
  const hex = `0xf310${wechat.minor.toString(16).padStart(2, '0')}${wechat.buildBytes[0]}`;
  const parts = {
    head: `Mozilla/5.0 (Phone; OpenHarmony ${os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile MicroMessenger/${wechat.version}(${hex}) Weixin `,
    tail: ` Language/zh_CN MMWEBID/${rng.int(0, 9999)} MMWEBSDK/${wechat.sdk} XWEB/${rng.chance(0.7) ? '1140319' : '1140330'}`,
  };
  return new Handset('harmony', true, `harmony ${os}`, parts);
}

/**
 * A phone as a kind of person would carry it. `updateWindow`: the span in which the few who take
 * a WeChat update mid-ballot take it (about one phone in ten).
 */
export function drawHandset(rng: Rng, profile: Profile, updateWindow?: [number, number]): Handset {
  const updateAt = updateWindow && rng.chance(profile === 'elder' ? 0.03 : 0.1) ? rng.uniform(updateWindow[0], updateWindow[1]) : undefined;
  const os = rng.weightedIndex(OS_SHARE[profile]);
  if (os === 0) return iosHandset(rng, profile, updateAt);
  if (os === 1) return harmonyHandset(rng);
  return androidHandset(drawAndroidSpec(rng, profile), updateAt);
}
