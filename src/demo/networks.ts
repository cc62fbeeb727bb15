import type { Cadence, LegalForm, Municipality, Network } from '../domain/types';
import { PLAYGROUND_TENANT } from './people';

/**
 * The demo networks of DOMAIN.md. Populations are rounded and approximate: for the local
 * demo only, never for a real cost split.
 */
export interface DemoCollaboration {
  id: string;
  name: string;
  aliases: string[];
  sector: string;
  legalForm: LegalForm;
  host?: string;
  /** Municipality ids; all of the network's when left out. */
  participants?: string[];
  cadence: Cadence;
  /** The playground user leads it, so the check-in can be tried. */
  ledByAlex?: boolean;
}

export interface DemoNetwork {
  network: Network;
  collaborations: DemoCollaboration[];
}

const m = (id: string, name: string, number: string, population: number): Municipality => ({ id, name, number, population });

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    network: {
      id: 'indre-namdal',
      name: 'Indre Namdal',
      tenantIds: [PLAYGROUND_TENANT],
      municipalities: [
        m('royrvik', 'Røyrvik', '5043', 460),
        m('lierne', 'Lierne', '5042', 1330),
        m('namsskogan', 'Namsskogan', '5044', 840),
        m('grong', 'Grong', '5045', 2400)
      ]
    },
    collaborations: [
      { id: 'in-plan', name: 'Plan, byggesak, tilsyn, GIS og oppmåling', aliases: ['plan og byggesak', 'byggesak', 'GIS og oppmåling'], sector: 'teknisk', legalForm: 'administrativt vertskommunesamarbeid', host: 'grong', cadence: 'tertial' },
      { id: 'in-regnskap', name: 'Regnskap', aliases: ['regnskapssamarbeidet'], sector: 'økonomi', legalForm: 'administrativt vertskommunesamarbeid', cadence: 'tertial' },
      { id: 'in-lonn', name: 'Lønn', aliases: ['lønnssamarbeidet', 'Lønn IN', 'payroll'], sector: 'HR', legalForm: 'administrativt vertskommunesamarbeid', participants: ['royrvik', 'lierne', 'namsskogan'], cadence: 'monthly', ledByAlex: true },
      { id: 'in-barnevern', name: 'Barnevern', aliases: ['barneverntjenesten', 'barnevernet', 'child welfare'], sector: 'oppvekst', legalForm: 'vertskommunesamarbeid med felles folkevalgt nemnd', cadence: 'tertial', ledByAlex: true },
      { id: 'in-ppt', name: 'PPT', aliases: ['pedagogisk-psykologisk tjeneste'], sector: 'oppvekst', legalForm: 'administrativt vertskommunesamarbeid', cadence: 'tertial' },
      { id: 'in-legevakt', name: 'Legevakt', aliases: ['legevaktsamarbeidet'], sector: 'helse og omsorg', legalForm: 'administrativt vertskommunesamarbeid', cadence: 'quarterly' },
      { id: 'in-ikt', name: 'Indre Namdal IKT IKS', aliases: ['IKT', 'IKT IKS'], sector: 'digitalisering', legalForm: 'interkommunalt selskap', cadence: 'quarterly' },
      { id: 'in-brann', name: 'Brannvesen Midt IKS', aliases: ['brann', 'brannvesenet'], sector: 'samfunnssikkerhet og beredskap', legalForm: 'interkommunalt selskap', participants: ['lierne', 'royrvik'], cadence: 'tertial' }
    ]
  },
  {
    network: {
      id: 'kongsbergregionen',
      name: 'Kongsbergregionen',
      tenantIds: [PLAYGROUND_TENANT],
      municipalities: [
        m('kongsberg', 'Kongsberg', '3303', 28300),
        m('notodden', 'Notodden', '4005', 13100),
        m('tinn', 'Tinn', '4026', 5700),
        m('hjartdal', 'Hjartdal', '4024', 1600),
        m('sigdal', 'Sigdal', '3332', 3500),
        m('flesberg', 'Flesberg', '3334', 2800),
        m('rollag', 'Rollag', '3336', 1400),
        m('nore-og-uvdal', 'Nore og Uvdal', '3338', 2450)
      ]
    },
    collaborations: [
      { id: 'kr-oppvekst', name: 'Ledernettverk oppvekst', aliases: ['oppvekst'], sector: 'oppvekst', legalForm: 'uformelt fagnettverk', cadence: 'tertial' },
      { id: 'kr-helse', name: 'Ledernettverk helse og omsorg', aliases: ['helse og omsorg'], sector: 'helse og omsorg', legalForm: 'uformelt fagnettverk', cadence: 'tertial' },
      { id: 'kr-teknisk', name: 'Ledernettverk teknisk', aliases: ['teknisk'], sector: 'teknisk', legalForm: 'uformelt fagnettverk', cadence: 'tertial' },
      { id: 'kr-hr', name: 'Ledernettverk HR', aliases: ['HR'], sector: 'HR', legalForm: 'uformelt fagnettverk', cadence: 'tertial' },
      { id: 'kr-okonomi', name: 'Ledernettverk økonomi', aliases: ['økonomi'], sector: 'økonomi', legalForm: 'uformelt fagnettverk', cadence: 'tertial' },
      { id: 'kr-suksit', name: 'SuksIT', aliases: ['digitalisering', 'IT'], sector: 'digitalisering', legalForm: 'administrativt vertskommunesamarbeid', host: 'kongsberg', cadence: 'quarterly', ledByAlex: true },
      { id: 'kr-dokumentsenter', name: 'Kongsbergregionen dokumentsenter', aliases: ['dokumentsenter', 'arkiv'], sector: 'digitalisering', legalForm: 'administrativt vertskommunesamarbeid', host: 'kongsberg', cadence: 'quarterly' },
      { id: 'kr-ressurskontor', name: 'Ressurskontor oppvekst', aliases: ['ressurskontoret'], sector: 'oppvekst', legalForm: 'prosjekt', cadence: 'tertial' },
      { id: 'kr-eiendomsskatt', name: 'Eiendomsskatt', aliases: ['eiendomsskattekontoret'], sector: 'økonomi', legalForm: 'administrativt vertskommunesamarbeid', cadence: 'tertial' },
      { id: 'kr-geodata', name: 'Geodata', aliases: ['GIS', 'kart og oppmåling'], sector: 'teknisk', legalForm: 'avtalebasert samarbeid', cadence: 'tertial' }
    ]
  },
  {
    network: {
      id: 'solor',
      name: 'Solør',
      tenantIds: [PLAYGROUND_TENANT],
      municipalities: [
        m('valer', 'Våler', '3419', 3600),
        m('asnes', 'Åsnes', '3418', 7100),
        m('grue', 'Grue', '3417', 4500)
      ]
    },
    collaborations: [
      { id: 'so-teknisk', name: 'Tekniske tjenester', aliases: ['teknisk'], sector: 'teknisk', legalForm: 'prosjekt', cadence: 'tertial' },
      { id: 'so-okonomi', name: 'Økonomi og regnskap', aliases: ['økonomi', 'regnskap'], sector: 'økonomi', legalForm: 'prosjekt', cadence: 'tertial' },
      { id: 'so-hr', name: 'Personal, HR og lønn', aliases: ['HR', 'personal'], sector: 'HR', legalForm: 'prosjekt', cadence: 'tertial' },
      { id: 'so-arkiv', name: 'Arkiv', aliases: ['arkivsamarbeidet', 'Solør arkiv'], sector: 'digitalisering', legalForm: 'administrativt vertskommunesamarbeid', host: 'asnes', cadence: 'quarterly', ledByAlex: true },
      { id: 'so-landbruk', name: 'Landbruk', aliases: ['landbrukskontoret'], sector: 'næring', legalForm: 'administrativt vertskommunesamarbeid', cadence: 'tertial' }
    ]
  },
  {
    network: {
      id: 'nav-indre-salten',
      name: 'NAV Indre Salten',
      tenantIds: [PLAYGROUND_TENANT],
      municipalities: [
        m('fauske', 'Fauske', '1841', 9800),
        m('sorfold', 'Sørfold', '1845', 1900),
        m('saltdal', 'Saltdal', '1840', 4600),
        m('beiarn', 'Beiarn', '1839', 1000),
        m('hamaroy', 'Hamarøy', '1875', 2700)
      ]
    },
    collaborations: [
      { id: 'nis-nav', name: 'NAV Indre Salten', aliases: ['NAV', 'NAV-kontoret'], sector: 'helse og omsorg', legalForm: 'administrativt vertskommunesamarbeid', host: 'fauske', cadence: 'tertial', ledByAlex: true },
      { id: 'nis-kvalifisering', name: 'Kvalifiseringsprogrammet', aliases: ['KVP'], sector: 'helse og omsorg', legalForm: 'avtalebasert samarbeid', host: 'fauske', cadence: 'quarterly' }
    ]
  }
];
