// Baseline for bench SlackLoad (docs/BENCHMARKS.md): the smallest Bolt for JavaScript bot that answers each
// customer message once, in the message's thread, with no storage. Same signing secret and Web API stand-in as
// Switchboard, so both are driven by the same payloads and measured by the same load generator.
//   SLACK_SIGNING_SECRET=dev-secret PORT=3000 SLACK_API_URL=http://127.0.0.1:9939/api/ node app.js
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  token: process.env.SLACK_BOT_TOKEN || 'xoxb-local',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL || 'http://127.0.0.1:9939/api/' },
  tokenVerificationEnabled: false,
  logLevel: LogLevel.ERROR,
});

async function answer(event, say) {
  await say({ text: `Thanks, we received: ${event.text}`, thread_ts: event.thread_ts || event.ts });
}

app.message(async ({ message, say }) => answer(message, say));
app.event('app_mention', async ({ event, say }) => answer(event, say));

(async () => {
  const port = Number(process.env.PORT || 3000);
  await app.start(port);
  console.log(`Bolt-JS baseline listening on ${port}`);
})();
