import { periodBounds, type PeriodKey } from '../domain/period';
import { osloDate, templateVersion, versionFor, type Template, type TemplateVersion } from '../domain/template';
import type { NetworkDirectory } from './store';

/**
 * Template versions never change once stored, so they are cached per process. Which version a
 * period uses is final once the period has started (a new version always takes effect from a
 * month not yet begun), so that too is cached from then on; before, it is read each time.
 */
export class TemplateVersions {
  private readonly versions = new Map<string, TemplateVersion>();
  private readonly periods = new Map<string, TemplateVersion>();

  constructor(private readonly directory: NetworkDirectory) {}

  /** The version a period's check-in asks: the one valid on the period's first day. */
  async forPeriod(networkId: string, templateId: string, period: PeriodKey, now: Date): Promise<TemplateVersion | undefined> {
    const start = periodBounds(period).start.toISODate()!;
    const key = `${networkId}/${templateId}@${start}`;
    const known = this.periods.get(key);
    if (known) return known;
    const template = await this.template(networkId, templateId);
    if (!template) return undefined;
    const version = versionFor(template, start);
    if (start <= osloDate(now)) this.periods.set(key, version);
    return version;
  }

  async get(networkId: string, templateId: string, version: number): Promise<TemplateVersion | undefined> {
    const cached = this.versions.get(`${networkId}/${templateId}/${version}`);
    if (cached) return cached;
    const template = await this.template(networkId, templateId);
    return template && templateVersion(template, version);
  }

  /** The template with every version, read from the store: for views across versions. */
  async template(networkId: string, templateId: string): Promise<Template | undefined> {
    const template = await this.directory.getTemplate(networkId, templateId);
    for (const v of template?.versions ?? []) this.versions.set(`${networkId}/${templateId}/${v.version}`, v);
    return template;
  }
}
