/**
 * A notice at the top of the page when the LMS is not recording the learner's progress, with a
 * button to try again. Plain DOM rather than a React component: it must show even when the app
 * itself fails, and the LMS adapter knows nothing of the app (see README, Architecture).
 */

export type BannerKind = 'missing' | 'refused' | 'failing';

type Lang = 'zh-CN' | 'en';

const MESSAGES: Record<Lang, Record<BannerKind, string> & { retry: string; retrying: string }> = {
  'zh-CN': {
    missing: '未连接到学习平台：本次学习不会被记录。请从学习平台（LMS）打开课程。',
    refused: '学习平台拒绝了连接：本次学习不会被记录。请关闭本窗口，再从学习平台重新打开课程。',
    failing: '学习平台没有保存最近的学习进度。请检查网络后重试；保存成功之前请不要关闭课程。',
    retry: '重试',
    retrying: '正在重试……',
  },
  en: {
    missing: 'Not connected to your learning platform: this session is not being recorded. Open the course from your learning platform (LMS).',
    refused: 'Your learning platform refused the connection: this session is not being recorded. Close this window and open the course again from your learning platform.',
    failing: 'Your learning platform did not save your latest progress. Check your connection and try again; keep the course open until it is saved.',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
};

const STYLE = `
.lms-banner{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:center;padding:.75rem 1rem;background:#8a1c1c;color:#fff;font:inherit;line-height:1.5}
.lms-banner p{margin:0;max-width:60rem}
.lms-banner button{min-height:44px;min-width:44px;padding:.4rem 1rem;border:2px solid #fff;border-radius:6px;background:#fff;color:#8a1c1c;font:inherit;font-weight:600;cursor:pointer}
.lms-banner button:focus-visible{outline:3px solid #ffd54f;outline-offset:2px}
.lms-banner button[disabled]{cursor:progress;opacity:.8}
`;

export interface ConnectionBanner {
  /** Shows (or updates) the notice; `retry` resolves to whether the LMS is recording again. */
  show(kind: BannerKind, retry: () => boolean | Promise<boolean>): void;
  hide(): void;
  readonly kind: BannerKind | null;
}

export function createConnectionBanner(doc: Document): ConnectionBanner {
  let element: HTMLElement | null = null;
  let current: { kind: BannerKind; retry: () => boolean | Promise<boolean> } | null = null;
  let busy = false;
  let observer: MutationObserver | null = null;

  const lang = (): Lang => (doc.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');

  const render = (): void => {
    if (element === null || current === null) return;
    const text = MESSAGES[lang()];
    element.lang = lang();
    const message = doc.createElement('p');
    message.textContent = text[current.kind];
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = busy ? text.retrying : text.retry;
    button.disabled = busy;
    button.addEventListener('click', () => void runRetry());
    element.replaceChildren(message, button);
  };

  const runRetry = async (): Promise<void> => {
    if (current === null || busy) return;
    busy = true;
    render();
    let ok = false;
    try {
      ok = await current.retry();
    } catch {
      ok = false;
    }
    busy = false;
    if (ok) banner.hide();
    else render();
  };

  const banner: ConnectionBanner = {
    show(kind, retry) {
      current = { kind, retry };
      if (element === null) {
        if (doc.getElementById('lms-banner-style') === null) {
          const style = doc.createElement('style');
          style.id = 'lms-banner-style';
          style.textContent = STYLE;
          doc.head.append(style);
        }
        element = doc.createElement('div');
        element.className = 'lms-banner';
        element.setAttribute('role', 'alert');
        doc.body.prepend(element);
        // The learner may switch the course's language while the notice is up.
        observer = new MutationObserver(render);
        observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
      }
      render();
    },
    hide() {
      observer?.disconnect();
      observer = null;
      element?.remove();
      element = null;
      current = null;
    },
    get kind() {
      return current?.kind ?? null;
    },
  };
  return banner;
}
