import { agendaOf, bodyProblems, dueMeetingEvents, meetingEvents, meetingLeadProblem, parseDays, type Body } from './bodies';
import { emptyStatus } from './status';
import type { Collaboration, Network } from './types';

const collaboration = (id: string, participantIds: string[], hostMunicipalityId?: string): Collaboration => ({
  id, networkId: 'n', name: id, aliases: [], sector: 's', legalForm: 'prosjekt', participantIds, ...(hostMunicipalityId ? { hostMunicipalityId } : {}),
  leaders: [], cadence: 'tertial', templateId: 't', reportingSince: '2026-01-01', status: emptyStatus()
});
const COLLABORATIONS = [collaboration('a', ['grong', 'lierne'], 'grong'), collaboration('b', ['grong']), collaboration('c', ['royrvik'], 'royrvik')];
const body = (fields: Partial<Body>): Body => ({ id: 'x', name: 'X', kind: 'kdu', members: [], meetings: [], report: 'tertial', ...fields });
const network: Network = { id: 'n', name: 'N', tenantIds: [], municipalities: [{ id: 'grong', name: 'Grong', number: '5045', population: 1 }] };

describe('governing bodies', () => {
  it('reads meeting dates as people type them, in order and each once, and names the first that is not a day', () => {
    expect(parseDays('11.03.2027, 10.12.2026; 2026-12-10 1.2.27')).toEqual({ days: ['2026-12-10', '2027-02-01', '2027-03-11'] });
    expect(parseDays('10.12.2026, 30.02.2027')).toEqual({ bad: '30.02.2027' });
    expect(parseDays('neste torsdag')).toEqual({ bad: 'neste' });
    expect(parseDays('')).toEqual({ days: [] });
  });

  it('puts the body’s own collaborations on the agenda unless some are chosen', () => {
    expect(agendaOf(body({ kind: 'kdu' }), COLLABORATIONS).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(agendaOf(body({ kind: 'kommunestyre', municipalityId: 'lierne' }), COLLABORATIONS).map((c) => c.id)).toEqual(['a']);
    expect(agendaOf(body({ kind: 'styringsgruppe', collaborationId: 'c' }), COLLABORATIONS).map((c) => c.id)).toEqual(['c']);
    expect(agendaOf(body({ kind: 'kdu', agenda: ['b'] }), COLLABORATIONS).map((c) => c.id)).toEqual(['b']);
  });

  it('asks for what each kind of body needs', () => {
    const ids = new Set(['a', 'b']);
    expect(bodyProblems(body({ kind: 'kommunestyre', report: 'overview' }), network, ids, [])).toEqual([
      { field: 'municipalityId', code: 'required' },
      { field: 'report', code: 'reportNeedsMunicipality' }
    ]);
    expect(bodyProblems(body({ kind: 'styringsgruppe', collaborationId: 'zz', report: 'annual' }), network, ids, [])).toEqual([{ field: 'collaborationId', code: 'unknownCollaboration' }]);
    expect(bodyProblems(body({ name: ' kdu ', meetings: ['2026-02-30'] }), network, ids, [body({ id: 'y', name: 'KDU' })])).toEqual([
      { field: 'name', code: 'duplicate' },
      { field: 'meetings', code: 'date' }
    ]);
  });

  it('times «Forbered status» and the report in working days before the meeting, skipping holidays', () => {
    // Thursday 7 January 2027: ten working days back pass New Year, Christmas (the calendar's days off) and three weekends.
    const [prepare, report] = meetingEvents('2027-01-07', 'kdu', { prepareBefore: 10, reportBefore: 3 }, 9);
    expect(prepare).toMatchObject({ kind: 'meetingPrepare', period: '2027-01-07@kdu', at: new Date('2026-12-18T08:00:00Z'), until: new Date('2027-01-04T08:00:00Z') });
    expect(report).toMatchObject({ kind: 'meetingReport', at: new Date('2027-01-04T08:00:00Z'), until: new Date('2027-01-07T22:59:59.999Z') });
    expect(meetingLeadProblem({ prepareBefore: 3, reportBefore: 3 })).toBe('prepareBefore');
    expect(meetingLeadProblem({ prepareBefore: 10, reportBefore: 0 })).toBe('reportBefore');
  });

  it('has nothing due for a meeting that has passed', () => {
    const withKdu: Network = { ...network, bodies: [body({ meetings: ['2026-12-10'] })] };
    expect(dueMeetingEvents(withKdu, 9, new Date('2026-12-07T09:00:00Z')).map((e) => e.kind)).toEqual(['meetingReport']);
    expect(dueMeetingEvents(withKdu, 9, new Date('2026-12-11T09:00:00Z'))).toEqual([]);
  });
});
