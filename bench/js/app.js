// The Bolt-for-JavaScript contender of bench/side-by-side: acks /nexus empty. Token verification stays on (the
// default): Bolt then calls auth.test once at start instead of on every request. The Web API is the bench's fake.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

app.command('/nexus', async ({ ack }) => {
  await ack();
});

(async () => {
  await app.start(Number(process.env.PORT || 3000));
})();
