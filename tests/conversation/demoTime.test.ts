import { answeredAt } from '../../src/demo/history';
import { ALEX } from '../../src/demo/people';
import { periodBounds } from '../../src/domain/period';
import { memberNetworkIds } from '../../src/domain/roles';
import { cardsOf, cardText, startDemo } from '../support/conversation';

/** The demo as `npm start` seeds it on a given day: what the status says, and every stored check-in. */
async function demoOn(now: Date) {
  const demo = await startDemo(now);
  await demo.harness.personal(ALEX).send('hjelp');
  const send = async (text: string) => cardsOf(await demo.harness.personal(ALEX).send(text)).map(cardText).join('\n');
  const profile = (await demo.testStore.store.profiles.get(ALEX))!;
  const { collaborations } = await demo.testStore.store.directory.loadNetworks(memberNetworkIds(profile));
  const checkIns = (await Promise.all(collaborations.map((c) => demo.testStore.store.checkIns.listSince(c.id, '')))).flat();
  return { ...demo, send, checkIns };
}

describe('the demo tells the truth about time', () => {
  it('on 30 November nobody has answered the fourth quarter or the third tertial: their check-ins have not opened', async () => {
    const now = new Date('2026-11-30T10:00:00+01:00');
    const { send, checkIns, close } = await demoOn(now);
    try {
      const overview = await send('status');
      expect(overview).toContain('Sist: 3. kvartal 2026');
      expect(overview).toContain('Sist: 2. tertial 2026');
      expect(overview).not.toContain('4. kvartal 2026');
      expect(overview).not.toContain('3. tertial 2026');
      expect(await send('status legevakt')).toContain('3. kvartal 2026');
      expect(checkIns.length).toBeGreaterThan(100);
      expect(checkIns.filter((c) => c.period === '2026-Q4' || c.period === '2026-T3')).toEqual([]);
    } finally {
      await close();
    }
  });

  it('dates every check-in inside its own period, after its check-in opened and never in the future', async () => {
    const now = new Date('2026-11-30T10:00:00+01:00');
    const { checkIns, close } = await demoOn(now);
    try {
      const misdated = checkIns.filter((c) => {
        const { start, end } = periodBounds(c.period);
        const at = new Date(c.submittedAt);
        return at < start.toJSDate() || at >= end.toJSDate() || at > now || at < answeredAt(c.period);
      });
      expect(misdated.map((c) => `${c.collaborationId} ${c.period} ${c.submittedAt}`)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('once the fourth quarter’s check-in has opened, the leaders who keep up have answered it', async () => {
    const now = new Date(answeredAt('2026-Q4').getTime() + 24 * 60 * 60 * 1000);
    const { send, close } = await demoOn(now);
    try {
      expect(await send('status legevakt')).toContain('4. kvartal 2026');
    } finally {
      await close();
    }
  });
});
