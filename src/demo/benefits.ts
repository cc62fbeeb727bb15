import { CHECKLIST_TEMPLATE_ID, checklistVersionFor, defaultChecklistTemplate, startChecklist, type ChecklistItem } from '../domain/checklist';
import type { BenefitsPlan, PlannedBenefit } from '../domain/benefits';
import { periodAt, periodBounds, shiftPeriod } from '../domain/period';
import { osloDate } from '../domain/template';
import type { Store } from '../core/store';
import type { Person } from '../domain/types';
import { ALEX } from './people';

/**
 * Solør as seed 001 found it: «Tekniske tjenester» being studied (utredning) with its checklist
 * half worked through, and «Landbruk» in operation with a benefits plan and two years of values.
 */

/** Idé done; in utredning the decisions and most consultations done, analysis under way. */
function halfDone(item: ChecklistItem, i: number, today: string): ChecklistItem {
  if (item.phase === 'idé') return { ...item, state: 'done' };
  if (item.phase !== 'utredning') return item;
  if (item.key === 'startDecision') return { ...item, state: 'done', reference: `PS ${12 + i}/25` };
  if (item.key === 'unionConsultation') return { ...item, state: item.municipalityId === 'grue' ? 'inProgress' : 'done' };
  if (item.key === 'steeringGroup' || item.key === 'stakeholders') return { ...item, state: 'done', owner: ALEX };
  if (item.key === 'workingGroup' || item.key === 'swot') return { ...item, state: 'inProgress', owner: ALEX, due: shiftDays(today, 30) };
  if (item.key === 'economics') return { ...item, owner: ALEX, due: shiftDays(today, 75) };
  return item;
}

const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Six tertials (two years) of values from baseline toward target, at `pace` of the straight line. */
function reported(benefit: Omit<PlannedBenefit, 'realised'>, periods: string[], pace: number, submittedAt: string): PlannedBenefit {
  const step = ((benefit.target - benefit.baseline) * pace) / periods.length;
  return { ...benefit, realised: periods.map((period, i) => ({ period, value: Math.round(benefit.baseline + step * (i + 1)), submittedAt })) };
}

function landbrukPlan(now: Date, owner: Person): BenefitsPlan {
  const current = periodAt('tertial', now);
  const periods = Array.from({ length: 6 }, (_, i) => shiftPeriod(current, i - 6));
  const since = periodBounds(periods[0]).start.toISODate()!;
  const year = Number(osloDate(now).slice(0, 4));
  const at = now.toISOString();
  return {
    benefits: [
      reported({ id: 'b1', kind: 'time', indicator: 'Saksbehandlingstid for produksjonstilskudd (dager)', baseline: 30, target: 14, since, targetDate: `${year + 1}-06-30`, owner }, periods, 0.8, at),
      reported({ id: 'b2', kind: 'vulnerability', indicator: 'Saksbehandlere med kompetanse på jordlov og konsesjon', baseline: 1, target: 3, since, targetDate: `${year}-12-31`, owner: ALEX }, periods, 1, at),
      reported(
        { id: 'b3', kind: 'economic', indicator: 'Innsparing per år (kr)', baseline: 0, target: 600_000, since, targetDate: `${year + 1}-12-31`, owner, amounts: { valer: 150_000, asnes: 250_000, grue: 200_000 } },
        periods,
        0.45,
        at
      )
    ],
    years: [
      { year: year - 1, oneOff: 250_000, running: 80_000, savings: 150_000, income: 0 },
      { year, oneOff: 100_000, running: 90_000, savings: 300_000, income: 20_000 },
      { year: year + 1, oneOff: 0, running: 90_000, savings: 600_000, income: 20_000 }
    ]
  };
}


export async function seedSolorPlanning(store: Store, now: Date): Promise<void> {
  const { networks } = await store.directory.loadNetworks(['solor']);
  const network = networks[0];
  if (!network) return;
  const today = osloDate(now);
  const version = checklistVersionFor((await store.planning.getChecklistTemplate(network.id, CHECKLIST_TEMPLATE_ID)) ?? defaultChecklistTemplate(network.id), today);
  await store.directory.updateCollaboration(network.id, 'so-teknisk', (c) => {
    const started = startChecklist(version, network.municipalities.filter((m) => c.participantIds.includes(m.id)));
    return { ...c, phase: 'utredning', checklist: { ...started, items: started.items.map((item, i) => halfDone(item, i, today)) } };
  });
  await store.directory.updateCollaboration(network.id, 'so-landbruk', (c) => {
    const { tenantId, aadObjectId, name } = c.leaders[0];
    return { ...c, phase: 'drift', benefits: landbrukPlan(now, { tenantId, aadObjectId, name }) };
  });
}
