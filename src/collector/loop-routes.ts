/**
 * The routes that close the loop on a bad experience (CONTRACT §10): the recovery worklist and its moves,
 * the webhooks given up and their retry, and the summary's `recovery` figures. Kept out of `core.ts`,
 * which only asks this module for a route by path.
 */
import type { CollectorRequest } from './core.js';
import { listCases, moveCase } from './recovery-routes.js';
import { recoveryFigures, type RecoveryFigures } from './recovery.js';
import { errorReply, jsonReply, type Reply } from './reply.js';
import type { ResponseFilter, ResponseStore } from './store.js';

interface LoopRoute {
  methods: readonly string[];
  reads: boolean;
  run(request: CollectorRequest): Promise<Reply>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_FAILED = 500;

export function loopRoutes(store: ResponseStore, now: () => Date) {
  const noCases = () => Promise.resolve(errorReply(501, 'this store keeps no recovery cases'));
  const noOutbox = () => Promise.resolve(errorReply(501, 'this store keeps no webhook outbox'));
  const exact: Record<string, LoopRoute> = {
    '/recovery': {
      methods: ['GET', 'OPTIONS'],
      reads: true,
      run: (r) => (store.recovery ? listCases(store.recovery, r) : noCases()),
    },
    '/webhooks/failed': {
      methods: ['GET', 'OPTIONS'],
      reads: true,
      run: async () => (store.outbox ? jsonReply(200, { items: await store.outbox.failed(MAX_FAILED) }) : noOutbox()),
    },
  };

  /** `/recovery/:id` and `/webhooks/:id/retry`; undefined for any other path. */
  function match(path: string): LoopRoute | undefined {
    const recovery = /^\/recovery\/([^/]+)$/.exec(path);
    if (recovery) {
      let id = '';
      try {
        id = decodeURIComponent(recovery[1]!);
      } catch {
        // A malformed escape is no id of ours: the UUID check below answers 404.
      }
      return {
        methods: ['PATCH', 'OPTIONS'],
        reads: true,
        run: (r) => {
          if (!store.recovery) return noCases();
          if (!UUID.test(id)) return Promise.resolve(errorReply(404, 'no recovery case with this id', 'id'));
          return moveCase(store.recovery, r, id, now());
        },
      };
    }
    const retry = /^\/webhooks\/(msg_[0-9a-fA-F-]{36})\/retry$/.exec(path);
    if (retry) {
      const id = retry[1]!.toLowerCase();
      return {
        methods: ['POST', 'OPTIONS'],
        reads: true,
        run: async () => {
          if (!store.outbox) return noOutbox();
          if (!(await store.outbox.retry(id, now()))) return errorReply(404, 'no failed webhook with this id', 'id');
          return jsonReply(202, { id, state: 'pending' });
        },
      };
    }
    return undefined;
  }

  return { exact, match };
}

/** The summary with its `recovery` figures, when the store keeps cases. */
export async function withRecovery<S extends { n: number }>(
  store: ResponseStore,
  filter: ResponseFilter,
  summary: S,
): Promise<S & { recovery?: RecoveryFigures }> {
  if (!store.recovery) return summary;
  return { ...summary, recovery: recoveryFigures(await store.recovery.times(filter), summary.n) };
}
