/// <reference types="vite-plugin-pwa/vanillajs" />
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { settingsMessages } from '../../i18n/messages/settings.ts';
import { useT } from '../../i18n/use-t.ts';
import './update-notice.css';

/** Checks for a new version this often while the page stays open (a long training day). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let waiting = false;
const listeners = new Set<() => void>();
function setWaiting(value: boolean): void {
  waiting = value;
  listeners.forEach((listener) => listener());
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface UpdateNoticeProps {
  /** Whether a new version is installed and waiting. */
  visible: boolean;
  onReload: () => void;
  onLater: () => void;
}

/**
 * "A new version is ready": a polite status message (the live region is always present, so the
 * text is announced when it appears) with a reload button and a dismiss button.
 */
export function UpdateNotice({ visible, onReload, onLater }: UpdateNoticeProps) {
  const { t } = useT(settingsMessages);
  return (
    <div className={visible ? 'update-notice' : 'update-notice update-notice-idle'}>
      <p role="status">{visible ? t('settings.update.available') : ''}</p>
      {visible ? (
        <div className="update-notice-actions">
          <button type="button" className="update-notice-reload" onClick={onReload}>
            {t('settings.update.reload')}
          </button>
          <button type="button" onClick={onLater}>
            {t('settings.update.later')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function ConnectedUpdateNotice({ update }: { update: () => Promise<void> }) {
  const visible = useSyncExternalStore(subscribe, () => waiting);
  const reload = () => {
    // Reload once the new version controls the page. (workbox-window does so itself only when a
    // version was already in control at registration, not for one installed during this visit.)
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void update();
  };
  return <UpdateNotice visible={visible} onReload={reload} onLater={() => setWaiting(false)} />;
}

/**
 * Registers the generated service worker (it precaches the whole app, so every chapter works
 * offline) and shows the update notice when a newer version is waiting. Reloading activates it.
 */
export function startServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh: () => setWaiting(true),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_MS);
    },
  });
  const host = document.createElement('div');
  host.className = 'update-notice-host';
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <ConnectedUpdateNotice update={() => update(true)} />
    </StrictMode>,
  );
}
