import { isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { newPhone, type Cohort, type Device, type NetType } from './devices';
import { homeAddress, mobileAddress, pickCarrier, type Area, type Home } from './networks';
import type { Carrier } from './provinces';
import type { Rhythm } from './rhythm';
import type { VoteLedger } from './ledger';
import { DESKTOP_UAS } from './wechat';

/** One WeChat account and the phone and lines it votes through. */
export interface Person {
  account: string;
  device: Device;
  area: Area;
  carrier: Carrier;
  home?: Home;
  /** The static address of the office line, when the person has a desk job. */
  office?: string;
  /** Whether the phone gets IPv6 on cellular data. */
  ipv6: boolean;
}

export interface Connection {
  ip: string;
  userAgent: string;
}

export interface PersonOptions {
  home?: Home;
  office?: string;
  device?: Device;
  carrier?: Carrier;
}

/** Makes people and decides, per vote, which line and user agent they use. */
export class People {
  constructor(
    private readonly ledger: VoteLedger,
    readonly rhythm: Rhythm,
  ) {}

  person(rng: Rng, area: Area, cohort: Cohort, opts: PersonOptions = {}): Person {
    return {
      account: this.ledger.newAccount(),
      device: opts.device ?? newPhone(rng, cohort),
      area,
      carrier: opts.carrier ?? opts.home?.carrier ?? pickCarrier(rng, area),
      home: opts.home,
      office: opts.office,
      ipv6: rng.chance(0.35),
    };
  }

  /**
   * Where a vote at `at` comes from: the office line in office hours, home Wi-Fi in the evening,
   * at night and on weekends, cellular data otherwise. Some office votes come from the desk PC.
   */
  connect(rng: Rng, p: Person, at: number): Connection {
    const minute = shanghaiMinuteOfDay(at);
    const weekend = isWeekend(at);
    const officeHours = !weekend && ((minute >= 510 && minute < 720) || (minute >= 870 && minute < 1080));
    if (p.office && officeHours && rng.chance(0.75)) {
      if (rng.chance(0.12)) return { ip: p.office, userAgent: DESKTOP_UAS[p.device.key % DESKTOP_UAS.length] };
      return this.viaLine(p, p.office, at);
    }
    if (p.home) {
      const homeTime = minute >= 1110 || minute < 480 || weekend;
      if (rng.chance(homeTime ? 0.82 : 0.25)) return this.viaHome(p, at);
    }
    return this.viaCellular(rng, p, at);
  }

  viaCellular(rng: Rng, p: Person, at: number): Connection {
    return { ip: mobileAddress(rng, p.area, p.carrier, p.ipv6), userAgent: p.device.ua(p.device.cellular(rng), this.rhythm.dayOf(at)) };
  }

  viaHome(p: Person, at: number): Connection {
    if (!p.home) throw new Error('no home line');
    const day = this.rhythm.dayOf(at);
    return { ip: homeAddress(p.home, day, p.device.key), userAgent: p.device.ua('WIFI', day) };
  }

  /** Over a Wi-Fi line with a known address (office, school, dormitory, a farm's router). */
  viaLine(p: Person, ip: string, at: number, net: NetType = 'WIFI'): Connection {
    return { ip, userAgent: p.device.ua(net, this.rhythm.dayOf(at)) };
  }
}
