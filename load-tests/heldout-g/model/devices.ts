import type { Rng } from '../../heldout/prng';
import { ANDROID_MODELS, buildId, type AndroidModel, type Tier } from './phones';
import { ANDROID_WECHAT, DESKTOP_UAS, IOS_VERSIONS, IOS_WECHAT, type AndroidWeChat } from './wechat';

/** What WeChat's in-app browser writes after "NetType/". */
export type NetType = 'WIFI' | '4G' | '5G' | '3G';
/** Who holds the phone: it shifts the mix of models, OS and WeChat versions. */
export type Cohort = 'general' | 'elder' | 'young' | 'worker';

const NET = '{NET}';

/**
 * One phone (or desktop client) with its WeChat install. The user agent is fixed by the install
 * except for the network type, and changes once if WeChat updates itself during the week.
 */
export class Device {
  private readonly uas = new Map<string, string>();

  constructor(
    readonly platform: 'android' | 'ios' | 'desktop',
    private readonly template: string,
    readonly fiveG: boolean,
    /** Stable per device: IPv6 temporary addresses derive from it. */
    readonly key: number,
    private readonly update?: { day: number; template: string },
  ) {}

  /** The user agent on ballot day `day` over `net`. */
  ua(net: NetType, day = 0): string {
    const updated = this.update !== undefined && day >= this.update.day;
    const cacheKey = updated ? `u${net}` : net;
    let s = this.uas.get(cacheKey);
    if (s === undefined) {
      s = (updated && this.update ? this.update.template : this.template).replace(NET, net);
      this.uas.set(cacheKey, s);
    }
    return s;
  }

  /** The network type on cellular data: 5G where the phone and the town have it. */
  cellular(rng: Rng): NetType {
    if (this.fiveG) return rng.chance(0.55) ? '5G' : '4G';
    return rng.chance(0.006) ? '3G' : '4G';
  }
}

const TIER_WEIGHT: Record<Cohort, Record<Tier, number>> = {
  general: { old: 0.7, mid: 1, new: 0.8 },
  elder: { old: 1.8, mid: 0.8, new: 0.3 },
  young: { old: 0.4, mid: 1.1, new: 1.2 },
  worker: { old: 1, mid: 1.1, new: 0.4 },
};
const IPHONE_SHARE: Record<Cohort, number> = { general: 0.2, elder: 0.07, young: 0.26, worker: 0.12 };

const modelWeights = new Map<Cohort, number[]>();
export function pickModel(rng: Rng, cohort: Cohort): AndroidModel {
  let w = modelWeights.get(cohort);
  if (!w) modelWeights.set(cohort, (w = ANDROID_MODELS.map((x) => x.share * TIER_WEIGHT[cohort][x.tier])));
  return ANDROID_MODELS[rng.weightedIndex(w)];
}

function pickAndroidWeChat(rng: Rng, cohort: Cohort): number {
  return rng.weightedIndex(ANDROID_WECHAT.map((v) => (cohort === 'elder' ? v.elderShare : v.share)));
}

export interface AndroidSpec {
  model: AndroidModel;
  version: string;
  build: string;
  wechat: AndroidWeChat;
  /** The web core, when it lags behind the WeChat build. */
  core?: string;
  mmwebid: number;
}

/** The Android WeChat user agent with the network type left open. */
export function androidTemplate(s: AndroidSpec): string {
  const wx = s.wechat;
  const core = s.core ?? wx.core;
  const sdk = wx.sdk ? `MMWEBSDK/${wx.sdk} ` : '';
  const process = wx.sdk ? '' : ' Process/toolsmp';
  return (
    `Mozilla/5.0 (Linux; Android ${s.version}; ${s.model.model} Build/${s.build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ${core} ` +
    `${sdk}MMWEBID/${s.mmwebid} MicroMessenger/${wx.version}(${wx.hex})${process} WeChat/arm64 Weixin NetType/${NET} Language/zh_CN ABI/arm64`
  );
}

/** A random install of a given (or cohort-typical) model: Android version, build, WeChat and its core. */
export function androidSpec(rng: Rng, cohort: Cohort, model = pickModel(rng, cohort), wechatIndex = pickAndroidWeChat(rng, cohort)): AndroidSpec {
  // Updated phones outnumber the ones left on their launch version.
  const version = model.versions[rng.weightedIndex(model.versions.map((_, i) => i + 1))];
  const wechat = ANDROID_WECHAT[wechatIndex];
  const older = ANDROID_WECHAT[wechatIndex + 1];
  const core = older?.sdk && wechat.sdk && rng.chance(0.2) ? older.core : undefined;
  return { model, version, build: buildId(model, version, rng.int(0, 5) === 0 ? 1 : 0), wechat, core, mmwebid: rng.int(0, 9999) };
}

export function newAndroid(rng: Rng, cohort: Cohort, spec = androidSpec(rng, cohort)): Device {
  const wxIndex = ANDROID_WECHAT.indexOf(spec.wechat);
  // A few phones take a WeChat update during the week; their user agent changes that day.
  const update = wxIndex > 0 && rng.chance(0.06) ? { day: rng.int(1, 6), template: androidTemplate({ ...spec, wechat: ANDROID_WECHAT[wxIndex - 1], core: undefined }) } : undefined;
  return new Device('android', androidTemplate(spec), spec.model.fiveG, rng.uint32(), update);
}

export function iphoneTemplate(ios: string, wechatIndex: number, ipad = false): string {
  const wx = IOS_WECHAT[wechatIndex];
  const head = ipad ? `Mozilla/5.0 (iPad; CPU OS ${ios} like Mac OS X)` : `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X)`;
  return `${head} AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx.version}(${wx.hex}) NetType/${NET} Language/zh_CN`;
}

/** An iPhone: its user agent is shared by everyone on the same iOS and WeChat versions. */
export function newIphone(rng: Rng, cohort: Cohort): Device {
  const old = cohort === 'elder' || cohort === 'worker';
  const ios = IOS_VERSIONS[rng.weightedIndex(IOS_VERSIONS.map(([v, share]) => (old && !v.startsWith('17') && !v.startsWith('16') ? share * 2.5 : share)))][0];
  const wx = rng.weightedIndex(IOS_WECHAT.map((v) => (cohort === 'elder' ? v.elderShare : v.share)));
  const fiveG = !/^1[2-3]_/.test(ios) && !ios.startsWith('14') && rng.chance(0.6);
  return new Device('ios', iphoneTemplate(ios, wx, rng.chance(0.015)), fiveG, rng.uint32());
}

export function newDesktop(rng: Rng): Device {
  return new Device('desktop', rng.pick(DESKTOP_UAS), false, rng.uint32());
}

/** A phone as a member of `cohort` would carry. */
export function newPhone(rng: Rng, cohort: Cohort): Device {
  return rng.chance(IPHONE_SHARE[cohort]) ? newIphone(rng, cohort) : newAndroid(rng, cohort);
}
