import type { FeatureModule } from '../core/module';
import { admin } from './admin';
import { audit } from './audit';
import { checkIn } from './checkin';
import { cost } from './cost';
import { exports } from './export';
import { help } from './help';
import { link } from './link';
import { privacy } from './privacy';
import { annualCycle } from './schedule';
import { status } from './status';
import { templates } from './templates';

/** Every capability of Sampuls. Adding one is a folder under features/ and a line here. */
export const modules: readonly FeatureModule[] = [help, checkIn, status, link, cost, exports, annualCycle, audit, templates, privacy, admin];
