// Webhook updates arrive concurrently; a chat's replies must still go out in arrival order, while
// a slow chat (a rate limit, a long answer) does not hold up the others. One promise chain per
// chat does both.

/** Per-chat ordering of asynchronous jobs. */
export interface ChatQueues {
  /** Runs `job` after every job queued before for `chat`; a failure goes to onError and does not stop the chain. */
  enqueue(chat: string, job: () => Promise<void>): void;
  /** Resolves once every job queued so far has finished. */
  drain(): Promise<void>;
}

/** One promise chain per chat key; `onError` receives a failed job's error (the chain goes on). */
export function createChatQueues(onError: (err: unknown) => void): ChatQueues {
  const chains = new Map<string, Promise<void>>();
  return {
    enqueue(chat, job) {
      const next = (chains.get(chat) ?? Promise.resolve()).then(job).catch(onError);
      chains.set(chat, next);
      void next.then(() => {
        if (chains.get(chat) === next) chains.delete(chat);
      });
    },
    async drain() {
      // Jobs queued while draining extend a chain, so look again until none is left.
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
  };
}
