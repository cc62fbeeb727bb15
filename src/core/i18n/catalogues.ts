import type { FeatureModule, Language } from '../module';
import type { Catalogue } from './catalogue';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

const SHARED = { nb, nn, en };

/** Each language's whole catalogue: the shared texts and every module's own section. Built once at start. */
export function cataloguesOf(modules: readonly FeatureModule[]): Record<Language, Catalogue> {
  const of = (language: Language): Catalogue => Object.assign({}, SHARED[language], ...modules.map((m) => m.texts?.[language] ?? {}));
  return { nb: of('nb'), nn: of('nn'), en: of('en') };
}

/** The primary subtag of a BCP 47 tag (Teams sends «nb-NO», «en-US» …); «no» is Norwegian bokmål. */
const LANGUAGE_OF = new Map<string, Language>([['nb', 'nb'], ['no', 'nb'], ['nn', 'nn'], ['en', 'en']]);

/** The catalogue language for a Teams locale, or undefined when Sampuls has none for it. */
export function languageOf(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().split(/[-_]/)[0].toLowerCase();
  return primary ? LANGUAGE_OF.get(primary) : undefined;
}

/**
 * The catalogue for a person's Teams locale when it names a Norwegian written standard, else the
 * language of the person's networks, else `fallback`. An English Teams locale is not taken as a
 * wish for English: Teams reports the client's UI language, which many Norwegian municipal
 * employees (and the Agents Playground) have in English. English is chosen per network instead.
 */
export function catalogueFor(
  catalogues: Record<Language, Catalogue>,
  locale: string | undefined,
  networkLanguage: Language | undefined,
  fallback: Catalogue
): Catalogue {
  const language = languageOf(locale);
  if (language === 'nb' || language === 'nn') return catalogues[language];
  return networkLanguage ? catalogues[networkLanguage] : fallback;
}
