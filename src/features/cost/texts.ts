import { whole } from '../../core/i18n/format';
import type { Language } from '../../core/module';

const nb = {
  cost: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'kostnad lønn 1 000 000', text: 'Hvor mye hver kommune betaler etter kostnadsnøkkelen.' }
    ],
    needsName: 'Hvilket samarbeid, og hvor mye? Skriv for eksempel «kostnad lønn 1 000 000».',
    needsAmount: (name: string) => `Hvor mye skal fordeles? Skriv for eksempel «kostnad ${name.toLocaleLowerCase('nb-NO')} 1 000 000».`,
    title: (name: string) => `Kostnadsfordeling: ${name}`,
    key: (fixedShare: number) =>
      `${Math.round(fixedShare * 100)} % fordeles likt, ${Math.round((1 - fixedShare) * 100)} % etter innbyggertall`,
    keyLine: (text: string) => `Kostnadsnøkkel: ${text}`,
    municipality: 'Kommune',
    population: 'Innbyggere',
    fixed: 'Likt',
    byPopulation: 'Etter innbyggere',
    sum: 'Sum',
    total: 'Totalt',
    kroner: (amount: number) => `${whole('nb-NO', amount)} kr`,
    share: (percent: number) => `${percent.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} %`
  }
};

const nn: typeof nb = {
  cost: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'kostnad lønn 1 000 000', text: 'Kor mykje kvar kommune betaler etter kostnadsnøkkelen.' }
    ],
    needsName: 'Kva samarbeid, og kor mykje? Skriv til dømes «kostnad lønn 1 000 000».',
    needsAmount: (name: string) => `Kor mykje skal fordelast? Skriv til dømes «kostnad ${name.toLocaleLowerCase('nn-NO')} 1 000 000».`,
    title: (name: string) => `Kostnadsfordeling: ${name}`,
    key: (fixedShare: number) =>
      `${Math.round(fixedShare * 100)} % blir fordelt likt, ${Math.round((1 - fixedShare) * 100)} % etter innbyggjartal`,
    keyLine: (text: string) => `Kostnadsnøkkel: ${text}`,
    municipality: 'Kommune',
    population: 'Innbyggjarar',
    fixed: 'Likt',
    byPopulation: 'Etter innbyggjarar',
    sum: 'Sum',
    total: 'Totalt',
    kroner: (amount: number) => `${whole('nn-NO', amount)} kr`,
    share: (percent: number) => `${percent.toLocaleString('nn-NO', { maximumFractionDigits: 1 })} %`
  }
};

const en: typeof nb = {
  cost: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'cost lønn 1 000 000', text: 'How much each municipality pays under the cost-sharing key.' }
    ],
    needsName: 'Which collaboration, and how much? For example, type ‘cost lønn 1 000 000’.',
    needsAmount: (name: string) => `How much should be shared? For example, type ‘cost ${name.toLocaleLowerCase('en-GB')} 1 000 000’.`,
    title: (name: string) => `Cost sharing: ${name}`,
    key: (fixedShare: number) =>
      `${Math.round(fixedShare * 100)}% shared equally, ${Math.round((1 - fixedShare) * 100)}% by population`,
    keyLine: (text: string) => `Cost-sharing key: ${text}`,
    municipality: 'Municipality',
    population: 'Population',
    fixed: 'Equal share',
    byPopulation: 'By population',
    sum: 'Amount',
    total: 'Total',
    kroner: (amount: number) => `NOK ${whole('en-GB', amount)}`,
    share: (percent: number) => `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
