import type { FeatureModule } from '../core/module';
import { about } from './about';
import { cataloguesOf } from '../core/i18n/catalogues';
import { admin } from './admin';
import { audit } from './audit';
import { benefits } from './benefits';
import { bodies } from './bodies';
import { checkIn } from './checkin';
import { checklist } from './checklist';
import { cost } from './cost';
import { spreadsheetExport } from './export';
import { help } from './help';
import { link } from './link';
import { networkFile } from './networkFile';
import { prioritisation } from './prioritisation';
import { reports } from './reports';
import { privacy } from './privacy';
import { annualCycle } from './annualCycle';
import { ask } from './ask';
import { status } from './status';
import { survey } from './survey';
import { templates } from './templates';

/** Every capability of Sampuls, in the order the help card lists them. Adding one is a folder under features/ and a line here. */
export const modules: readonly FeatureModule[] = [checkIn, status, link, cost, annualCycle, survey, checklist, benefits, prioritisation, spreadsheetExport, reports, bodies, audit, privacy, admin, templates, about, ask, help, networkFile];

/** Every language's catalogue: shared texts and each module's own. */
export const catalogues = cataloguesOf(modules);
