import { Document, isMap, isNode, isPair, isScalar, isSeq, visit } from 'yaml';
import { defaultReport } from '../../domain/bodies';
import { idFrom } from '../../domain/network';
import type { BenefitsPlan } from '../../domain/benefits';
import type { ChecklistTemplateVersion, CollaborationChecklist } from '../../domain/checklist';
import { sameUser } from '../../domain/roles';
import type { Municipality, Person } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import {
  DEFAULT_TEMPLATE_ID,
  type BodyDefinition,
  type CollaborationDefinition,
  type FilePath,
  type NetworkDefinition,
  type NetworkSettings,
  type PersonDefinition,
  type RoundDefinition
} from './definition';
import type { NetworkFile } from './schema';

/**
 * The file's words for the domain's fields, both ways. The file uses shorter names an IT person
 * can write by hand (`host`, `participants`); everything else is named as in the domain.
 */

/** Where a domain field of a network, collaboration or person sits in the file. */
const FILE_FIELD: Record<string, FilePath> = {
  retention: ['retentionMonths'],
  hostMunicipalityId: ['host'],
  participantIds: ['participants'],
  costKey: ['costKey', 'fixedShare'],
  templateId: ['template'],
  municipalityId: ['municipality'],
  collaborationId: ['collaboration']
};

export const fileField = (field: string): FilePath => FILE_FIELD[field] ?? [field];

/** Ids given in the file are kept; the others are made from the names, never clashing with a given one. */
function idsOf(items: { id?: string; name: string }[]): string[] {
  const taken = new Set(items.flatMap((item) => (item.id ? [item.id] : [])));
  return items.map((item) => {
    if (item.id) return item.id;
    const id = idFrom(item.name, taken);
    taken.add(id);
    return id;
  });
}

const leaderOf = ({ tenantId, aadObjectId, name }: Person): Person => ({ tenantId, aadObjectId, name });

type FileCollaboration = NetworkFile['collaborations'][number];

/** An item's id is its point's key, with `@<municipality>` for per-municipality items. */
function checklistFromFile(checklist: NonNullable<FileCollaboration['checklist']>): CollaborationChecklist {
  return {
    templateVersion: checklist.templateVersion,
    items: checklist.items.map(({ id, phase, label, anchoring, state, owner, due, reference }) => {
      const [key, municipalityId] = id.split('@');
      return {
        id, key, phase, label, ...(municipalityId ? { municipalityId } : {}), anchoring: anchoring ?? false, state,
        ...(owner ? { owner: leaderOf(owner) } : {}), ...(due ? { due } : {}), ...(reference ? { reference } : {})
      };
    })
  };
}

function checklistEntry(checklist: CollaborationChecklist): FileCollaboration['checklist'] {
  return {
    templateVersion: checklist.templateVersion,
    items: checklist.items.map(({ id, phase, label, anchoring, state, owner, due, reference }) => ({
      id, phase, label, ...(anchoring ? { anchoring } : {}), state, ...(owner ? { owner: personEntry(owner) } : {}), ...(due ? { due } : {}), ...(reference ? { reference } : {})
    }))
  };
}

/** Reported values are not in the file: a benefit from a file has none until check-ins report them. */
function benefitsFromFile(plan: NonNullable<FileCollaboration['benefits']>): BenefitsPlan {
  return {
    benefits: plan.benefits.map(({ owner, amounts, ...benefit }) => ({ ...benefit, ...(owner ? { owner: leaderOf(owner) } : {}), ...(amounts ? { amounts } : {}), realised: [] })),
    years: plan.years ?? []
  };
}

function benefitsEntry(plan: BenefitsPlan): FileCollaboration['benefits'] {
  return {
    benefits: plan.benefits.map(({ id, kind, indicator, baseline, target, since, targetDate, owner, amounts }) => ({
      id, kind, indicator, baseline, target, since, targetDate, ...(owner ? { owner: personEntry(owner) } : {}), ...(amounts ? { amounts } : {})
    })),
    ...(plan.years.length ? { years: plan.years } : {})
  };
}

type FileTemplate = NonNullable<NetworkFile['checklistTemplate']>;
type FileRound = NonNullable<NetworkFile['rounds']>[number];

function templateFromFile(versions: FileTemplate): ChecklistTemplateVersion[] {
  return versions.map(({ version, validFrom, points }) => ({
    version,
    validFrom,
    points: points.map(({ key, phase, label, perMunicipality, anchoring }) => ({ key, phase, label, perMunicipality: perMunicipality ?? false, anchoring: anchoring ?? false }))
  }));
}

function templateEntry(versions: ChecklistTemplateVersion[]): FileTemplate {
  return versions.map(({ version, validFrom, points }) => ({
    version,
    validFrom,
    points: points.map(({ key, phase, label, perMunicipality, anchoring }) => ({ key, phase, label, ...(perMunicipality ? { perMunicipality } : {}), ...(anchoring ? { anchoring } : {}) }))
  }));
}

/** A group's scores name who sent them only when it was not the group's representative. */
function roundFromFile({ id, name, createdAt, createdBy, areas, groups, scores }: FileRound): RoundDefinition {
  const adopted = Object.fromEntries(areas.flatMap((a) => (a.collaboration ? [[a.id, a.collaboration]] : [])));
  const representative = (groupId: string) => groups.find((g) => g.id === groupId)?.representative ?? createdBy;
  return {
    id,
    name,
    createdAt,
    createdBy: leaderOf(createdBy),
    areas: areas.map((a) => ({ id: a.id, name: a.name })),
    groups: groups.map((g) => ({ id: g.id, name: g.name, representative: leaderOf(g.representative) })),
    submissions: (scores ?? []).map((s) => ({
      groupId: s.group,
      by: leaderOf(s.by ?? representative(s.group)),
      submittedAt: s.submittedAt,
      scores: Object.fromEntries(Object.entries(s.areas).map(([area, { potential, feasibility }]) => [area, { potential, feasibility }]))
    })),
    ...(Object.keys(adopted).length ? { adopted } : {})
  };
}

/** Scores are written in the round's order of areas, so the same round always reads the same. */
export function roundEntry(round: RoundDefinition): FileRound {
  const representatives = new Map(round.groups.map((g) => [g.id, g.representative]));
  return {
    id: round.id,
    name: round.name,
    createdAt: round.createdAt,
    createdBy: personEntry(round.createdBy),
    areas: round.areas.map((a) => ({ id: a.id, name: a.name, ...(round.adopted?.[a.id] ? { collaboration: round.adopted[a.id] } : {}) })),
    groups: round.groups.map((g) => ({ id: g.id, name: g.name, representative: personEntry(g.representative) })),
    ...(round.submissions.length
      ? {
          scores: round.submissions.map((s) => {
            const representative = representatives.get(s.groupId);
            return {
              group: s.groupId,
              ...(representative && sameUser(representative, s.by) ? {} : { by: personEntry(s.by) }),
              submittedAt: s.submittedAt,
              areas: Object.fromEntries(round.areas.flatMap((a) => (s.scores[a.id] ? [[a.id, { potential: s.scores[a.id].potential, feasibility: s.scores[a.id].feasibility }]] : [])))
            };
          })
        }
      : {})
  };
}

/** A body's report is the one its kind gets unless the file names another; meetings in order, as in chat. */
function bodiesFromFile(bodies: NonNullable<NetworkFile['bodies']>): BodyDefinition[] {
  const ids = idsOf(bodies);
  return bodies.map((b, i) => ({
    id: ids[i],
    name: b.name,
    kind: b.kind,
    ...(b.municipality ? { municipalityId: b.municipality } : {}),
    ...(b.collaboration ? { collaborationId: b.collaboration } : {}),
    members: (b.members ?? []).map(leaderOf),
    meetings: b.meetings ?? [],
    report: b.report ?? defaultReport(b.kind),
    ...(b.agenda?.length ? { agenda: b.agenda } : {})
  }));
}

export function bodyEntry(b: BodyDefinition): NonNullable<NetworkFile['bodies']>[number] {
  return {
    id: b.id,
    name: b.name,
    kind: b.kind,
    ...(b.municipalityId ? { municipality: b.municipalityId } : {}),
    ...(b.collaborationId ? { collaboration: b.collaborationId } : {}),
    report: b.report,
    ...(b.members.length ? { members: b.members.map(personEntry) } : {}),
    ...(b.meetings.length ? { meetings: b.meetings } : {}),
    ...(b.agenda?.length ? { agenda: b.agenda } : {})
  };
}

export function definitionFromFile(file: NetworkFile): NetworkDefinition {
  const { network, municipalities, collaborations, people, checklistTemplate, rounds } = file;
  const municipalityIds = idsOf(municipalities);
  const collaborationIds = idsOf(collaborations);
  return {
    network: {
      id: network.id,
      name: network.name,
      tenantIds: network.tenantIds,
      ...(network.language ? { language: network.language } : {}),
      ...(network.retentionMonths !== undefined ? { retention: { checkInMonths: network.retentionMonths } } : {}),
      ...(network.cycle ? { cycle: network.cycle } : {}),
      ...(network.politiciansReadWrittenAnswers ? { politiciansReadWrittenAnswers: true } : {}),
      ...(network.meetingLead ? { meetingLead: network.meetingLead } : {}),
      ...(network.evaluationDate ? { evaluationDate: network.evaluationDate } : {})
    },
    municipalities: municipalities.map((m, i) => ({ id: municipalityIds[i], name: m.name, number: m.number, population: m.population })),
    collaborations: collaborations.map(
      (c, i): CollaborationDefinition => ({
        id: collaborationIds[i],
        name: c.name,
        aliases: c.aliases ?? [],
        sector: c.sector,
        legalForm: c.legalForm,
        ...(c.host ? { hostMunicipalityId: c.host } : {}),
        participantIds: c.participants,
        cadence: c.cadence,
        ...(c.phase ? { phase: c.phase } : {}),
        reportingSince: c.reportingSince,
        ...(c.costKey ? { costKey: { fixedShare: c.costKey.fixedShare } } : {}),
        ...(c.goals?.length ? { goals: c.goals } : {}),
        ...(c.template ? { templateId: c.template } : {}),
        leaders: (c.leaders ?? []).map(leaderOf),
        ...(c.checklist ? { checklist: checklistFromFile(c.checklist) } : {}),
        ...(c.benefits ? { benefits: benefitsFromFile(c.benefits) } : {})
      })
    ),
    people: people.map((p) => ({
      ...leaderOf(p),
      roles: p.roles,
      ...(p.municipality ? { municipalityId: p.municipality } : {})
    })),
    ...(checklistTemplate ? { checklistTemplate: templateFromFile(checklistTemplate) } : {}),
    ...(rounds ? { rounds: rounds.map(roundFromFile) } : {}),
    bodies: bodiesFromFile(file.bodies ?? [])
  };
}

/* The entries below are what the file holds for each part, in the order it is written. */

function networkEntry(network: NetworkSettings): NetworkFile['network'] {
  return {
    id: network.id,
    name: network.name,
    tenantIds: network.tenantIds,
    ...(network.language ? { language: network.language } : {}),
    ...(network.retention ? { retentionMonths: network.retention.checkInMonths } : {}),
    ...(network.cycle ? { cycle: network.cycle } : {}),
    ...(network.politiciansReadWrittenAnswers ? { politiciansReadWrittenAnswers: true } : {}),
    ...(network.meetingLead ? { meetingLead: network.meetingLead } : {}),
    ...(network.evaluationDate ? { evaluationDate: network.evaluationDate } : {})
  };
}

export const municipalityEntry = ({ id, name, number, population }: Municipality): NetworkFile['municipalities'][number] => ({ id, name, number, population });

const personEntry = ({ name, tenantId, aadObjectId }: Person) => ({ name, tenantId, aadObjectId });

export function collaborationEntry(c: CollaborationDefinition): NetworkFile['collaborations'][number] {
  return {
    id: c.id,
    name: c.name,
    ...(c.aliases.length ? { aliases: c.aliases } : {}),
    sector: c.sector,
    legalForm: c.legalForm,
    ...(c.hostMunicipalityId ? { host: c.hostMunicipalityId } : {}),
    participants: c.participantIds,
    cadence: c.cadence,
    ...(c.phase ? { phase: c.phase } : {}),
    reportingSince: c.reportingSince,
    ...(c.costKey ? { costKey: { fixedShare: c.costKey.fixedShare } } : {}),
    ...(c.goals?.length ? { goals: c.goals } : {}),
    ...(c.templateId && c.templateId !== DEFAULT_TEMPLATE_ID ? { template: c.templateId } : {}),
    ...(c.leaders.length ? { leaders: c.leaders.map(personEntry) } : {}),
    ...(c.checklist ? { checklist: checklistEntry(c.checklist) } : {}),
    ...(c.benefits ? { benefits: benefitsEntry(c.benefits) } : {})
  };
}

export const versionEntry = (version: ChecklistTemplateVersion): FileTemplate[number] => templateEntry([version])[0];

export function memberEntry(p: PersonDefinition): NetworkFile['people'][number] {
  return { ...personEntry(p), roles: p.roles, ...(p.municipalityId ? { municipality: p.municipalityId } : {}) };
}

/** Lists of short values fit on one line («participants: [grong, lierne]»); longer ones get a line each. */
const FLOW_MAX = 70;
const PLANNING_SECTIONS = ['checklistTemplate', 'rounds'];

/** The definition as the YAML text of a file, with a header saying what the file is and how it is read. */
export function networkYaml(definition: NetworkDefinition, t: Catalogue): string {
  const file: NetworkFile = {
    network: networkEntry(definition.network),
    municipalities: definition.municipalities.map(municipalityEntry),
    collaborations: definition.collaborations.map(collaborationEntry),
    people: definition.people.map(memberEntry),
    ...(definition.checklistTemplate ? { checklistTemplate: templateEntry(definition.checklistTemplate) } : {}),
    ...(definition.rounds ? { rounds: definition.rounds.map(roundEntry) } : {}),
    ...(definition.bodies.length ? { bodies: definition.bodies.map(bodyEntry) } : {})
  };
  const document = new Document(file);
  document.commentBefore = t.networkFile
    .header(definition.network.name)
    .split('\n')
    .map((line) => (line ? ` ${line}` : ''))
    .join('\n');
  visit(document, {
    Seq(_, seq) {
      const scalars = seq.items.filter(isScalar);
      if (scalars.length === seq.items.length && scalars.reduce((sum, s) => sum + String(s.value).length + 2, 0) <= FLOW_MAX) seq.flow = true;
    },
    // The template's points and the rounds' areas, people and scores are many small records: one line each.
    Map(_, map, path) {
      const planning = path.some((node) => isPair(node) && isScalar(node.key) && PLANNING_SECTIONS.includes(String(node.key.value)));
      if (planning && map.items.every((pair) => isScalar(pair.value))) map.flow = true;
    }
  });
  // A blank line between the parts of the file and between collaborations and rounds, for the eye.
  const root = document.contents;
  if (isMap(root)) root.items.slice(1).forEach((pair) => isScalar(pair.key) && (pair.key.spaceBefore = true));
  for (const section of ['collaborations', 'rounds']) {
    const items = document.get(section, true);
    if (isSeq(items)) items.items.slice(1).forEach((item) => isNode(item) && (item.spaceBefore = true));
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
