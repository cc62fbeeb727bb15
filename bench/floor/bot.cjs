/* global process, require */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run by node as it is */
/**
 * The floor: the smallest botbuilder + restify bot, answering every message with a card. Plain
 * JavaScript so it runs under node as the built Sampuls does, with nothing else loaded. No app id:
 * like Sampuls in local mode, it does not validate tokens. Logs «bot ready» with its URL as Sampuls does.
 */
const restify = require('restify');
const { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');

const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Status', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'FactSet', facts: [{ title: 'Samarbeid', value: 'Lønn' }, { title: 'Farge', value: 'Grønn' }] }
  ],
  actions: [{ type: 'Action.Submit', title: 'Hjelp', data: { msteams: { type: 'imBack', value: 'hjelp' } } }]
};

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) =>
  adapter.process(req, res, async (context) => {
    if (context.activity.type === 'message') await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  })
);
server.get('/readyz', async (_req, res) => void res.send(200, { status: 'ready' }));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ msg: 'bot ready', url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
