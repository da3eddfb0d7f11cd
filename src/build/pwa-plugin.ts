/**
 * Build-time only (imported by vite.config.ts, never by the app): the web manifest and the
 * generated service worker that make the whole course work offline.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offlineSupport({ disable }: { disable: boolean }) {
  return VitePWA({
    disable,
    strategies: 'generateSW',
    registerType: 'prompt',
    // Registered lazily by src/features/settings/service-worker.ts, after the page has loaded.
    injectRegister: false,
    // The icons are precached by the glob below already.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: '商业运营人员培训 · Business Operations Training',
      short_name: '运营培训 · Ops Training',
      description: '商业运营人员培训课程 · Business operations training',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d4e89',
      background_color: '#f7f8fa',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // The app shell and every route and chapter chunk: any page opens offline once installed.
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Client-side routes get the app shell; the server's API never does.
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api(\/|$)/],
      cleanupOutdatedCaches: true,
      // The first install controls the open page at once; later versions wait for the learner.
      clientsClaim: true,
    },
  });
}
