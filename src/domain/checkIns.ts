import { userKey } from './roles';
import type { UserId } from './types';

/** One check-in per collaboration × period × respondent: the id is derived, so a double submit cannot create two. */
export const checkInId = (period: string, respondent: UserId): string => `${period}:${userKey(respondent)}`;
