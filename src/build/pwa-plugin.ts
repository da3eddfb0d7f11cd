/**
 * Build-time only (imported by vite.config.ts, never by the app): the web manifest and the
 * generated service worker that make the whole course work offline.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offlineSupport({ disable }: { disable: boolean }) {
  return VitePWA({
    disable,
    // Our own worker (src/sw/sw.ts), for the choice of prerendered page by language.
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
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
    injectManifest: {
      // The app shell, every route and chapter chunk, and the prerendered pages a learner reads
      // (home, lessons, calculators, progress): any of them opens offline once installed. Slide
      // mode's pages, one per slide, are left to the shell.
      globPatterns: ['**/*.{js,css,html,svg,png}', 'pages/index.json'],
      globIgnores: ['pages/*/present/**'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}
