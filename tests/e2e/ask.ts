/**
 * «Spør Sampuls» in the browser run (docs/e2e.md): the bot restarted with the Azure OpenAI
 * stand-in of the conversation tests configured, as `AZURE_OPENAI_*` would configure the real
 * service. «Hva bør KDU ta opp på neste møte?» first gets the rule-based answer (Indre Namdal has
 * not turned the feature on), then, once Alex turns it on, the cards of the red collaborations,
 * those needing a decision and the network's overview (where falling trends are flagged), with a
 * summary labelled as AI-generated.
 */
import { callTools, OpenAiStandIn, say, toolResults, type Model } from '../support/openai';
import { expectText, type Playground } from './page';
import type { Stack } from './stack';

const QUESTION = 'Hva bør KDU ta opp på neste møte?';
/** The stand-in model's answer once it has read what the queries returned. */
const SUMMARY = 'KDU bør ta opp de røde samarbeidene og dem som venter på en beslutning, og se på dem med fallende trend.';

/** Like a model would: the queries first, then the summary from what they returned. */
const model: Model = (request) =>
  toolResults(request).length ? say(SUMMARY) : callTools(['what_is_red', {}], ['what_needs_a_decision', {}], ['network_status', {}]);

export const askSampulsStep = {
  name: 'ask-sampuls',
  async run(ui: Playground, stack: Stack): Promise<void> {
    const openAi = await new OpenAiStandIn().start();
    openAi.model = model;
    try {
      await stack.restart({
        AZURE_OPENAI_ENDPOINT: openAi.url,
        AZURE_OPENAI_DEPLOYMENT: openAi.deployment,
        AZURE_OPENAI_API_KEY: openAi.apiKey,
        NODE_EXTRA_CA_CERTS: openAi.certFile
      });
      await ui.openConversation('Personal Chat');
      // Off for the network (the default): the rule-based answer, and nothing sent.
      const suggestions = await ui.expectNewCard('Jeg forstod ikke', () => ui.sendMessage(QUESTION));
      await ui.shot(suggestions, 'off');
      if (openAi.requests.length) throw new Error(`the question went to the language model ${openAi.requests.length} times while the network had it off`);

      const setting = await ui.expectNewCard('Spør Sampuls – Indre Namdal', () => ui.sendMessage('spør sampuls'));
      await expectText(setting, 'Azure OpenAI');
      await setting.getByRole('button', { name: 'Slå på', exact: true }).first().click();
      await ui.page.getByText('«Spør Sampuls» er slått på for Indre Namdal.').first().waitFor();

      // Nothing is red in the demo by now, so «hva er rødt?» answers in a line and gives no card.
      const decision = await ui.expectNewCard('Trenger beslutning eller avklaring', () => ui.sendMessage(QUESTION));
      const summary = ui.page.getByText(SUMMARY, { exact: false }).last();
      await summary.waitFor();
      await ui.lastCard('Status – Indre Namdal').waitFor();
      if (openAi.requests.length !== 2) throw new Error(`expected the question and the queries' output to reach the model (2 requests), got ${openAi.requests.length}`);
      await expectText(decision, 'Lønn');
      await summary.scrollIntoViewIfNeeded();
      await ui.shot();
    } finally {
      await openAi.stop();
    }
  }
};
