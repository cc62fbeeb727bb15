import { sample, type CardSample } from '../../core/module';
import { HOSTILE } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { aboutCard } from './cards';

export const aboutSamples = (t: Catalogue): CardSample[] => [
  sample('about a deployment on Azure', aboutCard, { version: '1.4.0', store: { kind: 'cosmos', host: 'sampuls-namdal.documents.azure.com', database: 'sampuls' }, privacyContact: 'personvernombudet, personvern@namsos.kommune.no' }, t),
  sample('about the local demo, contact from outside', aboutCard, { version: '1.4.0', store: { kind: 'embedded', directory: '/home/it/sampuls/.data' }, privacyContact: HOSTILE }, t)
];
