import { secretMatches, type HttpServer } from "../http-server.js";
import type { Logger } from "../log.js";
import { createChatQueues } from "./chat-queues.js";

// The one delivery path both webhooks share: refuse once stopped (503, so the platform delivers
// again later), check the secret header (401), read the JSON body (400), commit the update
// before answering 200, then send its replies behind the chat's earlier ones.

/** What the platform-specific side does with one update whose body passed the checks. */
export interface AcceptedUpdate {
  /** The chat whose order the follow-up keeps. */
  chat: string;
  /** The calls back to the platform (the replies), run after the 200, in the chat's order. */
  followUp: () => Promise<void>;
}

/** One platform's side of the shared webhook path. */
export interface WebhookRouteOptions<U> {
  server: HttpServer;
  path: string;
  /** The header that carries the secret, lower case. */
  secretHeader: string;
  secret: string;
  log: Logger;
  /** The update, or undefined when the JSON is not an update at all (answered 400). */
  parse(body: unknown): U | undefined;
  /**
   * Commits the update synchronously (the store records it and its dedupe key) and says what
   * follows; undefined when nothing does. Runs before the platform gets its 200, so a crash right
   * after the answer loses nothing, and a redelivered update is a no-op.
   */
  accept(update: U): AcceptedUpdate | undefined;
  /** A follow-up that failed; the chat's later follow-ups still run. */
  onFollowUpError(err: unknown): void;
  /** The 200 answer's body; default none. */
  okBody?: string;
}

/** A served webhook route. */
export interface WebhookRoute {
  /** Answers 503 from now on, then waits for every follow-up already queued. */
  stop(): Promise<void>;
}

/** Serves a platform's webhook at `path` on the shared server. */
export function serveWebhook<U>(opts: WebhookRouteOptions<U>): WebhookRoute {
  const queues = createChatQueues(opts.onFollowUpError);
  let stopped = false;
  opts.server.route("POST", opts.path, (req, body, res) => {
    if (stopped) return void res.writeHead(503).end();
    if (!secretMatches(req.headers[opts.secretHeader], opts.secret)) {
      opts.log.warn("webhook request with a missing or wrong secret rejected");
      return void res.writeHead(401).end();
    }
    let update: U | undefined;
    try {
      update = opts.parse(JSON.parse(body.toString("utf8")));
    } catch {
      update = undefined;
    }
    if (update === undefined) {
      opts.log.warn("webhook body is not an update; rejected");
      return void res.writeHead(400).end();
    }
    const accepted = opts.accept(update);
    if (opts.okBody === undefined) res.writeHead(200).end();
    else res.writeHead(200, { "content-type": "application/json" }).end(opts.okBody);
    if (accepted) queues.enqueue(accepted.chat, accepted.followUp);
  });
  return {
    async stop() {
      stopped = true;
      await queues.drain();
    },
  };
}
