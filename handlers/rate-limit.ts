// A per-person limit on messages, so one person (or a stuck client) flooding the bot cannot slow it
// for everyone else. A fixed window per person, kept in memory: one process serves one bot token,
// and forgetting the counts on restart only ever lets a little more through.

export type RateVerdict = "ok" | "notify" | "drop";

export interface RateLimiter {
  /** Counts one message from `person` at `now`: process it, tell them once, or drop it silently. */
  hit(person: string, now: Date): RateVerdict;
}

const WINDOW_MS = 60_000;

/** `perMinute` messages a minute per person; 0 turns the limit off. */
export function createRateLimiter(perMinute: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(person, now) {
      if (perMinute <= 0) return "ok";
      const t = now.getTime();
      let w = windows.get(person);
      if (!w || t - w.start >= WINDOW_MS) {
        w = { start: t, count: 0 };
        windows.set(person, w);
        // Keep memory bounded: drop windows that have passed.
        if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= WINDOW_MS) windows.delete(k);
      }
      w.count++;
      if (w.count <= perMinute) return "ok";
      return w.count === perMinute + 1 ? "notify" : "drop";
    },
  };
}
