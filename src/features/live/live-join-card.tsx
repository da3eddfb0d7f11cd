import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Connection } from './live-state.ts';
import type { RoomCounts } from './live-types.ts';
import { QrImage } from './qr-image.tsx';

interface LiveJoinCardProps {
  code: string;
  joinUrl: string;
  counts: RoomCounts | null;
  connection: Connection;
  showJoin: boolean;
  onShowJoin: (show: boolean) => void;
}

/** How trainees join the running session: its code, address and QR code, who is in, and whether the projector shows it. */
export function LiveJoinCard({ code, joinUrl, counts, connection, showJoin, onShowJoin }: LiveJoinCardProps) {
  const { t } = useT(liveMessages);
  return (
    <>
      <div className="live-join-card">
        <div className="live-join-text">
          <p className="live-code-label">{t('live.panel.code')}</p>
          <p className="live-code">{code}</p>
          <p className="live-url">{joinUrl}</p>
          <p role="status" className="live-counts">
            {counts ? t('live.panel.counts', { connected: counts.connected, joined: counts.joined }) : ''}
            {counts && counts.waiting > 0 ? t('live.panel.waiting', { waiting: counts.waiting }) : ''}
            {connection === 'reconnecting' ? ` · ${t('live.connection.reconnecting')}` : ''}
          </p>
        </div>
        <QrImage text={joinUrl} alt={t('live.qrAlt', { url: joinUrl })} className="live-qr" size={120} />
      </div>
      <label className="live-check">
        <input type="checkbox" checked={showJoin} onChange={(event) => onShowJoin(event.target.checked)} />
        {t('live.panel.showJoin')}
      </label>
    </>
  );
}
