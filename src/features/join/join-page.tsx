import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import { readAccessHash } from '../../sync/access-link.ts';
import { readEnrollment } from '../../sync/enrollment.ts';
import { AlreadyJoined } from './already-joined.tsx';
import type { Enrolled } from './enroll.ts';
import { JoinForm } from './join-form.tsx';
import { JoinedPanel } from './joined-panel.tsx';
import { RestoreAccess } from './restore-access.tsx';
import './join.css';

/**
 * `/join/:code`: joins this browser to a cohort, or signs it in again with a link from the
 * manager (`#access=…`). A browser that has joined already sees its cohort first.
 */
export function JoinPage() {
  const { t } = useT(joinMessages);
  const { code = '' } = useParams();
  const { hash, pathname } = useLocation();
  const navigate = useNavigate();
  // Read once: the token leaves the address bar as soon as it has been read.
  const [access] = useState(() => readAccessHash(hash));
  const [enrollment] = useState(readEnrollment);
  const [joined, setJoined] = useState<Enrolled | null>(null);

  useEffect(() => {
    if (access !== null) void navigate(pathname, { replace: true });
  }, [access, navigate, pathname]);

  let body;
  if (access !== null) body = <RestoreAccess access={access} />;
  else if (joined !== null) body = <JoinedPanel enrollment={joined.enrollment} restored={joined.restored} focus />;
  else if (enrollment !== null) body = <AlreadyJoined enrollment={enrollment} code={code} onJoined={setJoined} />;
  else {
    body = (
      <>
        <p className="join-intro">{t('join.intro')}</p>
        <JoinForm code={code} onJoined={setJoined} />
      </>
    );
  }
  return (
    <div className="join-page">
      <h1>{access === null ? t('join.title') : t('join.restore.title')}</h1>
      {body}
    </div>
  );
}
