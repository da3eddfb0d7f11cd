import { DeadlineSlot } from './deadline-slot.tsx';
import { CertificatePage } from '../features/progress/certificate-page.tsx';
import { ProgressPage } from '../features/progress/progress-page.tsx';
import { VerifyPage } from '../features/progress/verify-page.tsx';

/** `/progress`: the learner's progress, profile, activity and export/import. */
export function ProgressRoute() {
  return <ProgressPage deadline={<DeadlineSlot />} />;
}

/** `/progress/certificate`: the printable certificate, in the same chunk as the progress page. */
export function CertificateRoute() {
  return <CertificatePage />;
}

/** `/verify/:code`: anyone checks a certificate's code against the server's record. */
export function VerifyRoute() {
  return <VerifyPage />;
}
