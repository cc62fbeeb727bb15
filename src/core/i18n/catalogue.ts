import type { nb } from './nb';

type SharedTexts = typeof nb;

/**
 * Every text a turn may use: the shared ones (general lines, colours, periods, dates) and each
 * feature's own section, which its `texts.ts` merges into this interface. The catalogue object of
 * each language is assembled from the modules at start (cataloguesOf).
 */
export interface Catalogue extends SharedTexts {}
