import { englishCount } from '../../core/i18n/format';
import type { Language } from '../../core/module';

const nb = {
  export: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'eksport 2026', text: 'Last ned alle innsjekker og snitt per periode (Excel og CSV) til årsmeldingen.' }
    ],
    title: (year: number) => `Eksport for ${year}`,
    intro: (minutes: number) =>
      `Alle innsjekker og snitt per periode for samarbeidene i nettverkene dine, klare til årsmeldingen. Lenkene virker i ${minutes} minutter og bare for nettverkene du er med i.`,
    xlsx: 'Last ned Excel (XLSX)',
    csv: 'Last ned CSV',
    badYear: 'Skriv et årstall, for eksempel «eksport 2026».',
    checkInSheet: 'Innsjekker',
    periodSheet: 'Perioder',
    network: 'Nettverk',
    collaboration: 'Samarbeid',
    period: 'Periode',
    periodCode: 'Periodekode',
    respondent: 'Leder',
    submitted: 'Levert',
    /** The spreadsheet's number format for a date and time (Excel's codes, not Intl's). */
    dateTimeFormat: 'dd.mm.yyyy hh:mm',
    respondents: 'Antall svar'
  }
};

const nn: typeof nb = {
  export: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'eksport 2026', text: 'Last ned alle innsjekkar og snitt per periode (Excel og CSV) til årsmeldinga.' }
    ],
    title: (year: number) => `Eksport for ${year}`,
    intro: (minutes: number) =>
      `Alle innsjekkar og snitt per periode for samarbeida i nettverka dine, klare til årsmeldinga. Lenkjene verkar i ${minutes} minutt og berre for nettverka du er med i.`,
    xlsx: 'Last ned Excel (XLSX)',
    csv: 'Last ned CSV',
    badYear: 'Skriv eit årstal, til dømes «eksport 2026».',
    checkInSheet: 'Innsjekkar',
    periodSheet: 'Periodar',
    network: 'Nettverk',
    collaboration: 'Samarbeid',
    period: 'Periode',
    periodCode: 'Periodekode',
    respondent: 'Leiar',
    submitted: 'Levert',
    dateTimeFormat: 'dd.mm.yyyy hh:mm',
    respondents: 'Tal på svar'
  }
};

const en: typeof nb = {
  export: {
    /** What the help card lists for this feature: a command to type and what it does. */
    helpEntries: [
      { word: 'export 2026', text: 'Download all check-ins and averages per period (Excel and CSV) for the annual report.' }
    ],
    title: (year: number) => `Export for ${year}`,
    intro: (minutes: number) =>
      `All check-ins and averages per period for the collaborations in your networks, ready for the annual report. The links work for ${englishCount(minutes, 'minute', 'minutes')}, and only for the networks you belong to.`,
    xlsx: 'Download Excel (XLSX)',
    csv: 'Download CSV',
    badYear: 'Please type a year, for example ‘export 2026’.',
    checkInSheet: 'Check-ins',
    periodSheet: 'Periods',
    network: 'Network',
    collaboration: 'Collaboration',
    period: 'Period',
    periodCode: 'Period code',
    respondent: 'Leader',
    submitted: 'Submitted',
    dateTimeFormat: 'dd/mm/yyyy hh:mm',
    respondents: 'Number of answers'
  }
};

/** This feature's texts in bokmål, nynorsk and English; they join the catalogue through FeatureTexts. */
export const texts: Record<Language, typeof nb> = { nb, nn, en };

type Texts = typeof nb;

declare module '../../core/i18n/catalogue' {
  interface Catalogue extends Texts {}
}
