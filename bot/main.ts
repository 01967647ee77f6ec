import "dotenv/config";
import { ConfigError, loadConfig, secretsOf } from "./config";
import { createLogger } from "./log";
import { openRuntime } from "./runtime";
import { runConsoleChat } from "./channels/console";

// The process: config, storage, knowledge base, then the configured channels. With no platform
// token it opens a chat in the terminal over the same handlers.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + "\n");
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL, secretsOf(config));
  const app = openRuntime(config, log);

  if (!config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN) {
    await runConsoleChat(app, { user: process.env.USER ?? "me", name: undefined });
    app.store.close();
    return;
  }
  log.error("platform channels are not wired yet");
  process.exit(1);
}

await main();
