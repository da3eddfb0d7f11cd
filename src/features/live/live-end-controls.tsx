import { useState } from 'react';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { endRoom, resultsCsvUrl } from './live-api.ts';

interface EndControlsProps {
  code: string;
  busy: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
  /** The session has ended (here): go back to the start. */
  onEnded: (code: string) => void;
}

/** The answers as CSV, and ending the session (asked twice, since participants lose it). */
export function EndControls({ code, busy, act, onEnded }: EndControlsProps) {
  const { t, locale } = useT(liveMessages);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="live-actions live-actions-end">
      <a href={resultsCsvUrl(code, locale)} download>
        {t('live.panel.downloadCsv')}
      </a>
      {confirming ? (
        <>
          <button
            type="button"
            className="live-danger"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await endRoom(code);
                setConfirming(false);
                onEnded(code);
              })
            }
          >
            {t('live.panel.confirmEnd')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('live.panel.cancel')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('live.panel.end')}
        </button>
      )}
    </div>
  );
}
