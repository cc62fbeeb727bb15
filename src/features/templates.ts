import { currentVersion, templateVersion, type Template, type TemplateVersion } from '../domain/template';
import type { NetworkDirectory } from '../store/types';

/**
 * Template versions never change once published, so they are cached per process; only
 * "which version is current" is read from the store each time.
 */
export class TemplateVersions {
  private readonly cache = new Map<string, TemplateVersion>();

  constructor(private readonly directory: NetworkDirectory) {}

  async current(networkId: string, templateId: string): Promise<TemplateVersion | undefined> {
    const template = await this.load(networkId, templateId);
    return template && currentVersion(template);
  }

  async get(networkId: string, templateId: string, version: number): Promise<TemplateVersion | undefined> {
    const cached = this.cache.get(`${networkId}/${templateId}/${version}`);
    if (cached) return cached;
    const template = await this.load(networkId, templateId);
    return template && templateVersion(template, version);
  }

  private async load(networkId: string, templateId: string): Promise<Template | undefined> {
    const template = await this.directory.getTemplate(networkId, templateId);
    for (const v of template?.versions ?? []) this.cache.set(`${networkId}/${templateId}/${v.version}`, v);
    return template;
  }
}
