import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../../http/api-client.ts';
import { useSession } from './session-context.ts';

/** The dashboard refreshes what it shows this often while the page is visible. */
export const POLL_MS = 30_000;

export interface PolledData<T> {
  /** The latest data, kept while a refresh or a new `key` loads (then `stale` is true). */
  data: T | null;
  stale: boolean;
  /** The last failure, cleared by the next success. */
  error: ApiError | null;
  /** When `data` arrived (epoch ms). */
  updatedAt: number | null;
  refresh: () => void;
}

interface Loaded<T> {
  key: string;
  data: T | null;
  error: ApiError | null;
  updatedAt: number | null;
}

/**
 * Loads `load()` now, again whenever `key` changes, every 30 s while the page is visible and at
 * once when it becomes visible again. A 401 ends the session (back to the sign-in form).
 */
export function usePolledData<T>(key: string, load: () => Promise<ApiResult<T>>): PolledData<T> {
  const { expire } = useSession();
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: '', data: null, error: null, updatedAt: null });
  const [tick, setTick] = useState(0);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    let current = true;
    void latestLoad.current().then((result) => {
      if (!current) return;
      if (!result.ok && result.error.status === 401) return expire();
      setLoaded((previous) =>
        result.ok ? { key, data: result.data, error: null, updatedAt: Date.now() } : { ...previous, key: previous.key, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [key, tick, expire]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (document.visibilityState === 'visible') timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    const onVisibility = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') setTick((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [key, tick]);

  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { data: loaded.data, stale: loaded.key !== key, error: loaded.error, updatedAt: loaded.updatedAt, refresh };
}
