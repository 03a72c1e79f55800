import { D1 } from './d01-county-push-script';
import { D2 } from './d02-phone-click-farm';
import { D3 } from './d03-datacenter-burst';
import { D4 } from './d04-residential-proxies';
import { D5 } from './d05-lockstep-racks';
import { D6 } from './d06-rhythm-drip';
import { D7 } from './d07-decoy-ticks';
import { D8 } from './d08-cloud-phones-night';
import { D9 } from './d09-task-platform';
import { D10 } from './d10-night-shift-city';
import { D11 } from './d11-township-mobilization';
import { D12 } from './d12-company-phones';
import { D13 } from './d13-viral-forward';
import { D14 } from './d14-school-parents';
import { D15 } from './d15-village-shared-phones';
import { D16 } from './d16-livestream-mention';
import { D17 } from './d17-clan-association';
import { D18 } from './d18-market-day-town';
import { D19 } from './d19-campus-wifi';
import type { Family } from './family';

/** Set D's catalogue: attacks D1–D9, honest surges D10–D19. */
export const FAMILIES: readonly Family[] = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19];
