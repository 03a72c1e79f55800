import { isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { userAgent, type Age, type Device, type DeviceMarket, type Net, type Setting } from './devices';
import { BROADBAND_SHARE, MOBILE_SHARE, campusBlock, hostIn, ipv4, pickCarrier, type Area, type Carrier, type HomeLine, type Networks } from './networks';
import { ABROAD, COUNTIES, LANZHOU_CITY, PROVINCES, abroadShiftMin, county as countyByKey, localShiftMin, type Abroad, type County, type Province } from './places';
import { MINUTE, type Life, type Rhythm } from './rhythm';

/** Where a household lives, and the networks its members use there. */
export interface Household {
  area: Area;
  setting: Setting;
  shiftMin: number;
  home?: HomeLine;
  county?: County;
  muslim: boolean;
}

/** A workplace or school network: everyone inside leaves through its few fixed addresses. */
export interface Site {
  name: string;
  ips: readonly string[];
}

export interface Voter {
  account: string;
  device: Device;
  hh: Household;
  life: Life;
  age: Age;
  male: boolean;
  carrier: Carrier;
  /** Where the SIM's data leaves the carrier: home province even when roaming. */
  simArea: Area;
  office?: Site;
  campus?: { teach: Site; dorm: Site };
  /** Minute of the day this person tends to vote at when nobody reminds them. */
  habit: number;
  habitSd: number;
  /** Chance to come back on a later day. */
  loyalty: number;
  choice: number;
}

export interface NetChoice {
  ip: string;
  net: Net;
}

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  nets: Networks;
  market: DeviceMarket;
  rhythm: Rhythm;
  people: People;
}

const FIVE_G: Record<Setting, number> = { city: 0.62, town: 0.45, village: 0.3, pastoral: 0.12 };
const BROADBAND: Record<Setting, number> = { city: 0.85, town: 0.72, village: 0.5, pastoral: 0.22 };

/**
 * The crowd's people: households with their home lines, voters with their phones, SIMs and
 * workplaces, and how each vote picks its address and network type from where the voter is at
 * that hour. Families build their own people with the same parts.
 */
export class People {
  /** Relative popularity of each candidate, for the extra picks of a multi-choice vote. */
  popularity: number[];
  private readonly sites = new Map<string, Site>();
  private readonly siteRng: Rng;

  constructor(
    private readonly rng: Rng,
    readonly ballot: Ballot,
    readonly ledger: LedgerBuilder,
    readonly nets: Networks,
    readonly market: DeviceMarket,
    readonly rhythm: Rhythm,
  ) {
    this.popularity = ballot.candidates.map(() => 1);
    this.siteRng = rng.fork('sites');
  }

  gansuArea(c: County): Area {
    return { kind: 'gansu', pref: c.pref };
  }

  settingIn(rng: Rng, c: County): Setting {
    const r = rng.next();
    if (r < c.urban) return c.urban > 0.8 || c.pref.key === 'lanzhou' ? 'city' : 'town';
    return rng.chance(c.pastoral) ? 'pastoral' : 'village';
  }

  /** A household in a Gansu county. */
  household(rng: Rng, c: County, setting?: Setting): Household {
    const s = setting ?? this.settingIn(rng, c);
    const area = this.gansuArea(c);
    const hh: Household = { area, setting: s, shiftMin: localShiftMin(c.lon) + Math.round(rng.normal(0, 12)), county: c, muslim: rng.chance(c.muslim) };
    if (rng.chance(BROADBAND[s])) hh.home = this.nets.homeLine(rng, area, pickCarrier(rng, BROADBAND_SHARE));
    return hh;
  }

  /** A household of Gansu people living in another province (workers, traders, students). */
  migrantHousehold(rng: Rng, province: Province, from?: County, broadband = 0.6): Household {
    const area: Area = { kind: 'province', province };
    const hh: Household = { area, setting: 'city', shiftMin: province.shiftMin + Math.round(rng.normal(0, 15)), county: from, muslim: from ? rng.chance(from.muslim) : false };
    if (rng.chance(broadband)) hh.home = this.nets.homeLine(rng, area, pickCarrier(rng, { telecom: 0.5, unicom: 0.25, mobile: 0.25 }));
    return hh;
  }

  abroadHousehold(rng: Rng, abroad: Abroad, from?: County): Household {
    const area: Area = { kind: 'abroad', abroad };
    const hh: Household = { area, setting: 'city', shiftMin: abroadShiftMin(abroad) + Math.round(rng.normal(0, 20)), county: from, muslim: true };
    if (rng.chance(0.7)) hh.home = this.nets.homeLine(rng, area, 'mobile');
    return hh;
  }

  /** A person of this household: their phone, SIM, habits; not yet a WeChat account of the ballot. */
  voter(rng: Rng, hh: Household, age: Age, choice: number, life?: Life): Voter {
    const setting = hh.setting;
    const l: Life = life ?? this.lifeOf(rng, hh, age);
    const device = this.market.phone(rng, { age, setting });
    const carrier = pickCarrier(rng, MOBILE_SHARE);
    let simArea: Area = hh.area;
    if (hh.area.kind === 'province') simArea = rng.chance(0.65) ? (hh.county ? this.gansuArea(hh.county) : hh.area) : hh.area;
    else if (hh.area.kind === 'abroad') simArea = rng.chance(0.2) && hh.county ? this.gansuArea(hh.county) : hh.area;
    const v: Voter = {
      account: this.ledger.newAccount(),
      device,
      hh,
      life: l,
      age,
      male: rng.chance(0.5),
      carrier: hh.area.kind === 'abroad' && simArea.kind === 'abroad' ? 'mobile' : carrier,
      simArea,
      habit: this.rhythm.sampleMinute(rng, l, false) + hh.shiftMin,
      habitSd: rng.pick([15, 30, 45, 75, 120]),
      loyalty: this.loyalty(rng),
      choice,
    };
    if (l === 'office' && hh.county) v.office = this.workplace(rng, hh.county);
    if (l === 'student' && hh.area.kind === 'gansu' && hh.area.pref.key === 'lanzhou') v.campus = this.campus(rng.pick(['lzu', 'xbmu', 'nwnu']));
    return v;
  }

  private lifeOf(rng: Rng, hh: Household, age: Age): Life {
    if (age === 'elder') return 'elder';
    if (hh.setting === 'pastoral' && rng.chance(0.7)) return 'herder';
    if (age === 'youth' && hh.setting === 'city' && rng.chance(0.45)) return 'student';
    const officeShare = hh.area.kind !== 'gansu' ? 0.1 : { city: 0.4, town: 0.38, village: 0.08, pastoral: 0.1 }[hh.setting];
    return rng.chance(officeShare) ? 'office' : 'adult';
  }

  private loyalty(rng: Rng): number {
    const r = rng.next();
    return r < 0.2 ? rng.uniform(0.75, 0.95) : r < 0.55 ? rng.uniform(0.3, 0.6) : rng.uniform(0.02, 0.15);
  }

  /**
   * A county's workplaces. Government departments and township offices share the county's
   * e-government exits (a few addresses); schools, the hospital and firms have their own.
   */
  workplace(rng: Rng, c: County): Site {
    const r = rng.next();
    if (r < 0.38) return this.site(`gov:${c.key}`, c, 3);
    if (r < 0.72) return this.site(`school:${c.key}:${rng.int(1, Math.max(3, Math.round(c.pop / 3)))}`, c, 1);
    if (r < 0.82) return this.site(`hospital:${c.key}:${rng.int(1, 2)}`, c, 2);
    return this.site(`firm:${c.key}:${rng.int(1, Math.max(4, Math.round(c.pop / 2)))}`, c, 1);
  }

  /** A named site of a county with `n` fixed addresses, made on first use. */
  site(name: string, c: County, n: number): Site {
    let s = this.sites.get(name);
    if (!s) {
      const r = this.siteRng.fork(name);
      const area = this.gansuArea(c);
      const carrier: Carrier = name.startsWith('gov:') ? 'telecom' : pickCarrier(r, { telecom: 0.55, mobile: 0.3, unicom: 0.15 });
      s = { name, ips: Array.from({ length: n }, () => ipv4(this.nets.fixedIp(r, area, carrier))) };
      this.sites.set(name, s);
    }
    return s;
  }

  /** A Lanzhou campus: teaching buildings on CERNET, dorms on a carrier's campus broadband. */
  campus(key: string): { teach: Site; dorm: Site } {
    const teachName = `campus:${key}:teach`;
    let teach = this.sites.get(teachName);
    if (!teach) {
      const r = this.siteRng.fork(teachName);
      const block = campusBlock(key);
      teach = { name: teachName, ips: Array.from({ length: r.int(2, 4) }, () => ipv4(hostIn(r, [block]))) };
      this.sites.set(teachName, teach);
    }
    const dormName = `campus:${key}:dorm`;
    let dorm = this.sites.get(dormName);
    if (!dorm) {
      const r = this.siteRng.fork(dormName);
      const area = this.gansuArea(countyByKey('chengguan'));
      dorm = { name: dormName, ips: Array.from({ length: r.int(2, 3) }, () => ipv4(this.nets.mobileIp(r, area, 'mobile'))) };
      this.sites.set(dormName, dorm);
    }
    return { teach, dorm };
  }

  /** Where this voter is online at t: campus, office, home Wi-Fi or mobile data. */
  netAt(rng: Rng, v: Voter, t: number): NetChoice {
    const local = t - v.hh.shiftMin * MINUTE;
    const mm = shanghaiMinuteOfDay(local);
    const weekend = isWeekend(local);
    if (v.campus && mm >= 450 && mm < 1410 && rng.chance(0.85)) {
      const teaching = !weekend && ((mm >= 480 && mm < 720) || (mm >= 870 && mm < 1080));
      return { ip: rng.pick((teaching ? v.campus.teach : v.campus.dorm).ips), net: 'WIFI' };
    }
    if (v.office && !weekend && ((mm >= 510 && mm < 720) || (mm >= 860 && mm < 1080)) && rng.chance(0.6)) return { ip: rng.pick(v.office.ips), net: 'WIFI' };
    const home = v.hh.home;
    if (home) {
      const atHome = weekend || mm < 480 || mm >= 1110 || v.life === 'elder' || v.life === 'herder';
      if (rng.chance(atHome ? 0.8 : 0.1)) return { ip: this.homeIp(rng, home, t), net: 'WIFI' };
    }
    return this.mobile(rng, v, t);
  }

  homeIp(rng: Rng, home: HomeLine, t: number): string {
    if (this.ballot.dualStack && rng.chance(this.nets.v6Home)) return this.nets.homeV6(rng, home);
    return ipv4(this.nets.homeIp(rng, home, t));
  }

  mobile(rng: Rng, v: Voter, t: number): NetChoice {
    const net: Net = v.device.fiveG && rng.chance(FIVE_G[v.hh.setting]) ? '5G' : '4G';
    if (this.ballot.dualStack && v.simArea.kind !== 'abroad' && rng.chance(this.nets.v6Mobile)) {
      return { ip: this.nets.mobileV6(rng, v.simArea, v.carrier, v.device.key, this.rhythm.dayOf(t)), net };
    }
    return { ip: ipv4(this.nets.mobileIp(rng, v.simArea, v.carrier)), net };
  }

  /** The candidates a voter ticks: their own, and on a multi-choice ballot sometimes a few more. */
  selection(rng: Rng, choice: number): readonly string[] {
    const max = this.ballot.maxChoices;
    if (max === 1) return this.ballot.single[choice];
    const r = rng.next();
    const k = r < 0.5 ? 1 : r < 0.65 ? 2 : r < 0.75 ? Math.min(3, max) : r < 0.85 ? rng.int(2, max) : max;
    if (k === 1) return this.ballot.single[choice];
    const picked = new Set<number>([choice]);
    const w = this.popularity.map((p, i) => (picked.has(i) ? 0 : p));
    while (picked.size < k) {
      const i = rng.weightedIndex(w);
      picked.add(i);
      w[i] = 0;
    }
    return [...picked].sort((a, b) => a - b).map((i) => this.ballot.candidates[i].id);
  }

  /** Adds one vote attempt; the ledger keeps it if the service would accept it. */
  cast(rng: Rng, v: Voter, at: number, source: number, over: { ids?: readonly string[]; ip?: string; net?: Net; ua?: string } = {}): void {
    let ip = over.ip;
    let net = over.net;
    if (ip === undefined) {
      const n = this.netAt(rng, v, at);
      ip = n.ip;
      net ??= n.net;
    }
    this.ledger.add({
      at: Math.floor(at),
      accountId: v.account,
      candidateIds: over.ids ?? this.selection(rng, v.choice),
      ip,
      userAgent: over.ua ?? userAgent(v.device, net ?? 'WIFI'),
      source,
    });
  }

  /** A Gansu county drawn by population (Lanzhou's city districts included). */
  anyCounty(rng: Rng): County {
    return COUNTIES[rng.weightedIndex(COUNTIES.map((c) => c.pop))];
  }

  lanzhou(rng: Rng): County {
    return LANZHOU_CITY[rng.weightedIndex(LANZHOU_CITY.map((c) => c.pop))];
  }

  province(rng: Rng, weight: 'migrants' | 'nationwide'): Province {
    return PROVINCES[rng.weightedIndex(PROVINCES.map((p) => p[weight]))];
  }

  abroad(rng: Rng): Abroad {
    return ABROAD[rng.weightedIndex([4, 2, 2, 1.5, 1.5])];
  }

  /** Someone from anywhere in China outside Gansu, with their own phone and networks. */
  outsider(rng: Rng, choice: number, age: Age = 'adult'): Voter {
    const hh = this.migrantHousehold(rng, this.province(rng, 'nationwide'), undefined, 0.7);
    const v = this.voter(rng, hh, age, choice, age === 'elder' ? 'elder' : 'adult');
    v.simArea = hh.area;
    return v;
  }
}
