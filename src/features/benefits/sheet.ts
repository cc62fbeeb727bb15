import type { Catalogue } from '../../core/i18n/catalogue';
import type { ExportData, Sheet } from '../export/table';
import { cleanText } from '../../domain/text';

/** The export's benefits sheet: one row per planned benefit and reported period (one row when nothing is reported yet). */
export function benefitSheet(data: ExportData, t: Catalogue): Sheet {
  const c = t.benefits.column;
  const networkName = new Map(data.networks.map((n) => [n.id, n.name]));
  const rows = data.collaborations.flatMap((collaboration) =>
    (collaboration.benefits?.benefits ?? []).flatMap((b) => {
      const plan = [networkName.get(collaboration.networkId) ?? collaboration.networkId, collaboration.name, t.benefits.kind[b.kind], b.indicator, b.baseline, b.target, b.targetDate, b.owner?.name ?? ''];
      const reported = b.realised.length ? b.realised : [undefined];
      return reported.map((r) => [...plan, r?.period ?? '', r?.value ?? '', r?.colour ? t.colour[r.colour] : '', r?.comment ?? '']);
    })
  );
  const header = [c.network, c.collaboration, c.kind, c.indicator, c.baseline, c.target, c.targetDate, c.owner, c.period, c.value, c.colour, c.comment];
  // Outside text must not break the workbook's XML.
  return [header, ...rows].map((row) => row.map((value) => (typeof value === 'string' ? cleanText(value) : value)));
}
