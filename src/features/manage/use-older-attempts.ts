import { useCallback, useState } from 'react';
import { loadLearner } from './manager-api.ts';
import type { Attempt, LearnerDetail } from './types.ts';

export interface OlderAttempts {
  /** The first page (kept fresh by polling) followed by the older pages loaded so far, without repeats. */
  attempts: Attempt[];
  /** Loads the next older page; undefined when there is none. */
  loadMore: (() => void) | undefined;
  loading: boolean;
  failed: boolean;
}

/**
 * A learner's attempts page by page: the server sends the newest page, older ones come when the
 * manager asks, so a learner with thousands of attempts never makes the page heavy.
 */
export function useOlderAttempts(cohortId: string, learnerId: string, detail: LearnerDetail | null): OlderAttempts {
  const [older, setOlder] = useState<{ key: string; attempts: Attempt[]; next: string | null }>({ key: '', attempts: [], next: null });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const key = `${cohortId}/${learnerId}`;
  const own = older.key === key ? older : { key, attempts: [], next: null };
  const next = own.attempts.length > 0 ? own.next : (detail?.nextAttempts ?? null);

  const loadMore = useCallback(() => {
    if (next === null) return;
    setLoading(true);
    setFailed(false);
    void loadLearner(cohortId, learnerId, next).then((result) => {
      setLoading(false);
      if (!result.ok) {
        setFailed(true);
        return;
      }
      setOlder((current) => {
        const base = current.key === key ? current.attempts : [];
        return { key, attempts: [...base, ...result.data.attempts], next: result.data.nextAttempts };
      });
    });
  }, [cohortId, learnerId, key, next]);

  const seen = new Set<string>();
  const attempts = [...(detail?.attempts ?? []), ...own.attempts].filter((attempt) => !seen.has(attempt.eventId) && seen.add(attempt.eventId));
  return { attempts, loadMore: next === null ? undefined : loadMore, loading, failed };
}
