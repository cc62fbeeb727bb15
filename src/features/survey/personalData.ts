import type { PersonalDataDeclaration } from '../../core/personalData';

/**
 * The survey holds one thing about a person: a receipt that they answered a round still running
 * (for reminders and to refuse a second answer). What they answered is only in counters and is
 * nobody's data. Receipts go when the round closes (the scheduler) or when the person erases.
 */
export const surveyData: PersonalDataDeclaration = {
  holds: 'receipts that a person has answered a running survey round (surveyReceipts container)',
  collect: async (store, user) => ({ surveys: await store.surveys.receiptsOf(user) }),
  erase: async (store, user) => {
    for (const round of await store.surveys.receiptsOf(user)) await store.surveys.deleteReceipt(round, user);
  }
};
