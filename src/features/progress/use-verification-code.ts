import { useEffect, useState } from 'react';
import { canonicalCertificate, verificationCode, type CertificateRecord } from './certificate-record.ts';

/** The record's verification code once computed (hashing is asynchronous); null until then. */
export function useVerificationCode(record: CertificateRecord): string | null {
  // The canonical text is the record's identity: a new object holding the same facts changes nothing.
  const canonical = canonicalCertificate(record);
  const [result, setResult] = useState<{ canonical: string; code: string } | null>(null);
  useEffect(() => {
    let current = true;
    void verificationCode(canonical).then((code) => {
      if (current) setResult({ canonical, code });
    });
    return () => {
      current = false;
    };
  }, [canonical]);
  return result?.canonical === canonical ? result.code : null;
}
