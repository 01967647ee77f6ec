import { run, sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";

// The ceiling for bench/load.ts: a bare grammY bot on the same runner set-up as the real one (long
// polling, one chat's updates in order) that answers every text with the same text and every
// button with its data. Whatever the real bot does beyond this costs throughput.

const token = process.env.TELEGRAM_BOT_TOKEN;
const apiRoot = process.env.TELEGRAM_API_ROOT;
if (!token || !apiRoot) {
  process.stderr.write("echo-bot: TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT are needed\n");
  process.exit(2);
}

const bot = new Bot(token, { client: { apiRoot } });
bot.use(sequentialize((ctx) => (ctx.chat ? String(ctx.chat.id) : undefined)));
bot.on("message:text", async (ctx) => {
  await ctx.api.sendMessage(ctx.chat.id, ctx.message.text);
});
bot.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.chat) await ctx.api.sendMessage(ctx.chat.id, ctx.callbackQuery.data);
});
bot.catch((err) => process.stderr.write(`echo-bot: ${err.error instanceof Error ? err.error.message : String(err.error)}\n`));

await bot.init();
await bot.api.deleteWebhook();
const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
process.stderr.write("echo bot started\n");
const stop = () => {
  void runner.stop().finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
