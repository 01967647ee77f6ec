import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { z } from "zod";
import type { HttpServer } from "../http-server.js";
import type { Logger } from "../log.js";
import { describeTelegramError, toApiError } from "./telegram-errors.js";
import { ALLOWED_UPDATES } from "./telegram-polling.js";
import { serveWebhook, type AcceptedUpdate, type WebhookRoute } from "./webhook-route.js";

// Webhook mode: Telegram POSTs each update to our server with the secret in a header.

/** Where Telegram posts updates, and the secret it must send. */
export interface TelegramWebhook {
  url: string;
  secret: string;
  server: HttpServer;
  /** Default: the URL's path. */
  path?: string;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
// The shape beyond update_id is Telegram's; grammY and toIncoming read it defensively.
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * Serves the route, then registers it with Telegram (with the secret and the update types the bot
 * reads). Rejects, token-free, when Telegram refuses the registration: without it no update would
 * ever arrive, and nobody would notice.
 */
export async function startWebhook(
  bot: Bot,
  hook: TelegramWebhook,
  token: string,
  log: Logger,
  accept: (update: Update) => AcceptedUpdate | undefined,
): Promise<WebhookRoute> {
  const route = serveWebhook<Update>({
    server: hook.server,
    path: hook.path ?? new URL(hook.url).pathname,
    secretHeader: SECRET_HEADER,
    secret: hook.secret,
    log,
    parse: (body) => {
      const r = updateSchema.safeParse(body);
      return r.success ? (r.data as unknown as Update) : undefined;
    },
    accept,
    onFollowUpError: (err) => log.error({ err: describeTelegramError(err, token) }, "telegram update failed"),
  });
  hook.server.addHealthChannel("telegram");
  await bot.api.setWebhook(hook.url, { secret_token: hook.secret, allowed_updates: [...ALLOWED_UPDATES] }).catch((err: unknown) => {
    throw toApiError(err, token);
  });
  return route;
}
