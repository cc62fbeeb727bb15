import { DateTime } from 'luxon';
import { evaluationDateProblem, type EvaluationDate } from '../../domain/survey';
import { annualCycleProblem } from '../../domain/annualCycle';
import { bodyProblems, meetingLeadProblem, parseDay, type MeetingLead } from '../../domain/bodies';
import {
  collaborationProblems,
  municipalityInUse,
  municipalityProblems,
  networkProblems,
  remember,
  takenBy,
  type Problem
} from '../../domain/network';
import { MUNICIPAL_ROLES, userKey } from '../../domain/roles';
import type { AnnualCycle, Collaboration, Network, Person } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { DEFAULT_TEMPLATE_ID, type FilePath, type NetworkDefinition, type PathProblem } from './definition';
import { fileField } from './format';
import { adoptedProblems, planningProblems, rosterOf, roundsProblems, templateProblems, type Roster } from './planning';

/**
 * The rules a definition must keep, beyond the file's shape: the same rules as the chat forms
 * (domain/network.ts), plus the references a file makes between its parts.
 */

/** What idFrom makes, so ids stay safe in document ids and easy to type. */
const ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const at = (path: FilePath, problem: (t: Catalogue) => string): PathProblem => ({ path, problem });

/** A shared rule's problem, at its field's place in the file. */
const shared = (base: FilePath, { field, code }: Problem): PathProblem => at([...base, ...fileField(field)], (t) => t.definition.problem[code]);

/** `earlier` holds the ids before this one; this one is added. */
function idProblems(base: FilePath, id: string, earlier: Set<string>): PathProblem[] {
  if (!ID.test(id)) return [at([...base, 'id'], (t) => t.networkFile.problem.id)];
  if (earlier.has(id)) return [at([...base, 'id'], (t) => t.networkFile.problem.repeated)];
  earlier.add(id);
  return [];
}

function annualCycleProblems(cycle: AnnualCycle): PathProblem[] {
  const field = annualCycleProblem(cycle);
  return field ? [at(['network', 'cycle', field], (t) => t.annualCycle.invalid[field])] : [];
}

/** People named in a list (leaders, people with roles): each once, and from one of the network's tenants. */
function peopleProblems(base: FilePath, people: Person[], tenantIds: string[]): PathProblem[] {
  const earlier = new Set<string>();
  return people.flatMap((person, i) => {
    const repeated = earlier.has(userKey(person));
    earlier.add(userKey(person));
    return [
      ...(tenantIds.includes(person.tenantId) ? [] : [at([...base, i, 'tenantId'], (t) => t.networkFile.problem.unknownTenant)]),
      ...(repeated ? [at([...base, i, 'aadObjectId'], (t) => t.networkFile.problem.repeated)] : [])
    ];
  });
}

/** An unknown municipality is pointed at where it is named, and named. */
function unknownMunicipality(path: FilePath, id: string): PathProblem {
  return at(path, (t) => t.networkFile.problem.naming(t.definition.problem.unknownMunicipality, id));
}

function collaborationRules(definition: NetworkDefinition, network: Network, roster: Roster): PathProblem[] {
  const { collaborations } = definition;
  const known = new Set(network.municipalities.map((m) => m.id));
  // Each collaboration is checked against the ones before it, which are remembered as it goes.
  const [ids, names] = [new Set<string>(), takenBy([])];
  return collaborations.flatMap((c, i) => {
    const base: FilePath = ['collaborations', i];
    const shape = collaborationProblems(c, known, names);
    remember(names, c);
    const problems = shape.map((problem) => {
      if (problem.code !== 'unknownMunicipality') return shared(base, problem);
      if (problem.field === 'hostMunicipalityId') return unknownMunicipality([...base, 'host'], c.hostMunicipalityId!);
      const index = c.participantIds.findIndex((id) => !known.has(id));
      return unknownMunicipality([...base, 'participants', index], c.participantIds[index]);
    });
    return [
      ...idProblems(base, c.id, ids),
      ...problems,
      ...(ISO_DATE.test(c.reportingSince) && DateTime.fromISO(c.reportingSince).isValid ? [] : [at([...base, 'reportingSince'], (t) => t.networkFile.problem.date)]),
      ...peopleProblems([...base, 'leaders'], c.leaders, network.tenantIds),
      ...planningProblems(base, c, roster)
    ];
  });
}

/** Members sit in a body as people of the network: named in `people` or leading a collaboration in the file. */
function bodyRules(definition: NetworkDefinition, network: Network): PathProblem[] {
  const collaborationIds = new Set(definition.collaborations.map((c) => c.id));
  const known = new Set([...definition.people, ...definition.collaborations.flatMap((c) => c.leaders)].map(userKey));
  const ids = new Set<string>();
  return definition.bodies.flatMap((body, i) => {
    const base: FilePath = ['bodies', i];
    const problems = bodyProblems(body, network, collaborationIds, definition.bodies.slice(0, i))
      // Dates are pointed at one by one below.
      .filter((p) => p.field !== 'meetings' || p.code !== 'date')
      .map((problem) => {
        if (problem.code === 'unknownMunicipality') return unknownMunicipality([...base, 'municipality'], body.municipalityId!);
        if (problem.code === 'unknownCollaboration' && problem.field === 'collaborationId') return unknownCollaboration([...base, 'collaboration'], body.collaborationId!);
        if (problem.code === 'unknownCollaboration') {
          const index = body.agenda!.findIndex((id) => !collaborationIds.has(id));
          return unknownCollaboration([...base, 'agenda', index], body.agenda![index]);
        }
        return shared(base, problem);
      });
    return [
      ...idProblems(base, body.id, ids),
      ...problems,
      ...body.meetings.flatMap((day, j) => (parseDay(day) === day ? [] : [at([...base, 'meetings', j], (t) => t.networkFile.problem.date)])),
      ...peopleProblems([...base, 'members'], body.members, network.tenantIds),
      ...body.members.flatMap((m, j) => (known.has(userKey(m)) ? [] : [at([...base, 'members', j], (t) => t.networkFile.problem.notInNetwork)]))
    ];
  });
}

function unknownCollaboration(path: FilePath, id: string): PathProblem {
  return at(path, (t) => t.networkFile.problem.naming(t.definition.problem.unknownCollaboration, id));
}

function evaluationDateProblems(date: EvaluationDate | undefined): PathProblem[] {
  const field = date && evaluationDateProblem(date);
  return field ? [at(['network', 'evaluationDate', field], (t) => t.survey.evaluationDateInvalid[field])] : [];
}

function meetingLeadProblems(lead: MeetingLead | undefined): PathProblem[] {
  const field = lead && meetingLeadProblem(lead);
  return field ? [at(['network', 'meetingLead', field], (t) => t.bodies.leadInvalid[field])] : [];
}

/** Everything wrong with a definition on its own, in file order. */
export function definitionProblems(definition: NetworkDefinition): PathProblem[] {
  const { network: settings, municipalities, people } = definition;
  const network: Network = { ...settings, municipalities };
  const known = new Set(municipalities.map((m) => m.id));
  const [ids, taken] = [new Set<string>(), takenBy([])];
  const roster = rosterOf(definition);
  return [
    ...(ID.test(settings.id) ? [] : [at(['network', 'id'], (t) => t.networkFile.problem.id)]),
    ...networkProblems(settings).map((p) => shared(['network'], p)),
    ...(settings.cycle ? annualCycleProblems(settings.cycle) : []),
    ...meetingLeadProblems(settings.meetingLead),
    ...evaluationDateProblems(settings.evaluationDate),
    ...municipalities.flatMap((m, i) => {
      const problems = [...idProblems(['municipalities', i], m.id, ids), ...municipalityProblems(m, taken).map((p) => shared(['municipalities', i], p))];
      remember(taken, m);
      return problems;
    }),
    ...collaborationRules(definition, network, roster),
    ...peopleProblems(['people'], people, settings.tenantIds),
    // As in chat, where the last admin cannot give the role away: someone must be able to manage the network.
    ...(people.some((p) => p.roles.includes('admin')) ? [] : [at(['people'], (t) => t.networkFile.problem.noAdmin)]),
    ...people.flatMap((person, i) => [
      ...(new Set(person.roles).size < person.roles.length ? [at(['people', i, 'roles'], (t) => t.networkFile.problem.repeated)] : []),
      ...(person.municipalityId && !known.has(person.municipalityId) ? [unknownMunicipality(['people', i, 'municipality'], person.municipalityId)] : []),
      // A kommunedirektør or folkevalgt belongs to a municipality, as the roster picker asks.
      ...(!person.municipalityId && person.roles.some((r) => MUNICIPAL_ROLES.includes(r)) ? [at(['people', i, 'municipality'], (t) => t.networkFile.problem.municipalityNeeded)] : [])
    ]),
    ...templateProblems(definition.checklistTemplate),
    ...roundsProblems(definition, roster),
    ...bodyRules(definition, network)
  ];
}

/** What is stored for the network that the definition must agree with. */
export interface StoredNetwork {
  network?: Network;
  collaborations: Collaboration[];
  /** Which of the templates the definition names exist in the network. */
  templateIds: Set<string>;
}

/**
 * Problems only the store can show: collaborations the file leaves out are kept, so their names
 * stay taken and the municipalities they count in cannot leave; named templates must exist.
 */
export function storeProblems(definition: NetworkDefinition, stored: StoredNetwork): PathProblem[] {
  const inFile = new Set(definition.collaborations.map((c) => c.id));
  const kept = stored.collaborations.filter((c) => !inFile.has(c.id));
  const stillIn = new Set(definition.municipalities.map((m) => m.id));
  const keptNames = takenBy(kept);
  return [
    ...(stored.network?.municipalities ?? [])
      .filter((m) => !stillIn.has(m.id))
      .flatMap((m) =>
        kept.filter((c) => municipalityInUse(m.id, [c])).map((c) => at(['municipalities'], (t) => t.networkFile.problem.stillInUse(m.name, c.name)))
      ),
    ...definition.collaborations.flatMap((c, i) => [
      ...collaborationProblems(c, stillIn, keptNames)
        .filter((p) => p.code === 'duplicate')
        .map((p) => shared(['collaborations', i], p)),
      ...(c.templateId && c.templateId !== DEFAULT_TEMPLATE_ID && !stored.templateIds.has(c.templateId)
        ? [at(['collaborations', i, 'template'], (t) => t.networkFile.problem.unknownTemplate)]
        : [])
    ]),
    ...adoptedProblems(definition, new Set([...inFile, ...kept.map((c) => c.id)]))
  ];
}
