import { useCallback, useEffect, useState } from 'react';
import { requestCertificate, type CertificateResult } from '../../sync/certificate-api.ts';

export type ServerCertificateState = { kind: 'loading' } | CertificateResult;

/** Asks the server for the learner's certificate (issued once its own record is complete); `retry` asks again. */
export function useServerCertificate(token: string): { state: ServerCertificateState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ attempt: number; result: CertificateResult } | null>(null);
  useEffect(() => {
    let current = true;
    void requestCertificate(token).then((result) => {
      if (current) setAnswer({ attempt, result });
    });
    return () => {
      current = false;
    };
  }, [token, attempt]);
  const state: ServerCertificateState = answer?.attempt === attempt ? answer.result : { kind: 'loading' };
  return { state, retry: useCallback(() => setAttempt((n) => n + 1), []) };
}
