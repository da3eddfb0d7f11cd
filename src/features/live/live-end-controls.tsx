import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { ConfirmButton } from './confirm-button.tsx';
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
  return (
    <div className="live-actions live-actions-end">
      <a href={resultsCsvUrl(code, locale)} download>
        {t('live.panel.downloadCsv')}
      </a>
      <ConfirmButton
        label={t('live.panel.end')}
        confirmLabel={t('live.panel.confirmEnd')}
        cancelLabel={t('live.panel.cancel')}
        busy={busy}
        act={act}
        onConfirm={async () => {
          await endRoom(code);
          onEnded(code);
        }}
      />
    </div>
  );
}
