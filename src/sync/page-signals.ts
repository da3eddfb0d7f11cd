export interface PageSignals {
  /** The browser says it is back online. */
  online: () => void;
  /** The tab became visible again. */
  visible: () => void;
  /** The page is going away (or into the back-forward cache). */
  hide: () => void;
}

/** Listens to the page events the sync reacts to; returns the function that stops listening. */
export function listenToPage(win: Window, doc: Document, signals: PageSignals): () => void {
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') signals.visible();
  };
  win.addEventListener('online', signals.online);
  win.addEventListener('pagehide', signals.hide);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('online', signals.online);
    win.removeEventListener('pagehide', signals.hide);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
