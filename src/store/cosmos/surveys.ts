import type { Container } from '@azure/cosmos';
import type { SurveyTally } from '../../domain/survey';
import type { UserId } from '../../domain/types';
import type { Change, SurveyRoundRef, SurveyStore } from '../../core/store';
import { deleteDocument, personParameters, readDocument, updateDocument, withoutSystemProperties } from './documents';
import { statusCodeOf, withRetry } from './errors';

/**
 * Counters in `surveys` (partition: network), one document per round; receipts in
 * `surveyReceipts` (partition: the round), one per person, holding the person and the round only:
 * no answer, no time of its own. The tally is a single document rewritten by every answer, so its
 * `_ts` only ever tells when the last answer came, never which receipt goes with which count.
 */
// An evaluation's counters and receipts are kept per collaboration («:» since ids may not hold «/»).
const tallyId = ({ roundId, subjectId }: SurveyRoundRef) => `tally:${roundId}${subjectId ? `:${subjectId}` : ''}`;
const roundKey = ({ networkId, roundId, subjectId }: SurveyRoundRef) => `${networkId}/${roundId}${subjectId ? `/${subjectId}` : ''}`;
const receiptId = (user: UserId) => `${user.tenantId}:${user.aadObjectId}`;

const fromTally = (document: Record<string, unknown>): SurveyTally => {
  const { id, ...tally } = withoutSystemProperties<Record<string, unknown>>(document);
  return tally as unknown as SurveyTally;
};

export class CosmosSurveyStore implements SurveyStore {
  constructor(
    private readonly tallies: Container,
    private readonly receiptsContainer: Container
  ) {}

  async getTally(round: SurveyRoundRef): Promise<SurveyTally | undefined> {
    const found = await readDocument(this.tallies, tallyId(round), round.networkId);
    return found && fromTally(found.document);
  }

  async createTally(tally: SurveyTally): Promise<void> {
    await withRetry(async () => {
      try {
        await this.tallies.items.create({ ...tally, id: tallyId(tally) });
      } catch (error) {
        if (statusCodeOf(error) !== 409) throw error;
      }
    });
  }

  async updateTally(round: SurveyRoundRef, change: Change<SurveyTally>): Promise<SurveyTally | undefined> {
    const stored = await updateDocument(this.tallies, tallyId(round), round.networkId, async (document) => {
      const next = document && (await change(fromTally(document)));
      return next && { ...next, id: tallyId(round) };
    });
    return stored && fromTally(stored.document);
  }

  async addReceipt(round: SurveyRoundRef, user: UserId): Promise<boolean> {
    return withRetry(async () => {
      try {
        await this.receiptsContainer.items.create({ id: receiptId(user), round: roundKey(round), ...round, tenantId: user.tenantId, aadObjectId: user.aadObjectId });
        return true;
      } catch (error) {
        if (statusCodeOf(error) === 409) return false;
        throw error;
      }
    });
  }

  async hasReceipt(round: SurveyRoundRef, user: UserId): Promise<boolean> {
    return (await readDocument(this.receiptsContainer, receiptId(user), roundKey(round))) !== undefined;
  }

  async receipts(round: SurveyRoundRef): Promise<UserId[]> {
    const query = { query: 'SELECT c.tenantId, c.aadObjectId FROM c WHERE c.round = @round', parameters: [{ name: '@round', value: roundKey(round) }] };
    const { resources } = await withRetry(() => this.receiptsContainer.items.query<UserId>(query, { partitionKey: roundKey(round) }).fetchAll());
    return resources.map(({ tenantId, aadObjectId }) => ({ tenantId, aadObjectId }));
  }

  deleteReceipt(round: SurveyRoundRef, user: UserId): Promise<void> {
    return deleteDocument(this.receiptsContainer, receiptId(user), roundKey(round));
  }

  async deleteReceipts(round: SurveyRoundRef): Promise<number> {
    const receipts = await this.receipts(round);
    for (const user of receipts) await this.deleteReceipt(round, user);
    return receipts.length;
  }

  async receiptsOf(user: UserId): Promise<SurveyRoundRef[]> {
    const query = { query: 'SELECT c.networkId, c.roundId, c.subjectId FROM c WHERE c.tenantId = @tenantId AND c.aadObjectId = @aadObjectId', parameters: personParameters(user) };
    const { resources } = await withRetry(() => this.receiptsContainer.items.query<SurveyRoundRef>(query).fetchAll());
    return resources.map(({ networkId, roundId, subjectId }) => ({ networkId, roundId, ...(subjectId ? { subjectId } : {}) }));
  }
}
