import { preview } from 'vite';

/** The built app on a free loopback port, as `vite preview` serves it (SPA fallback included). */
export async function startStaticServer(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('preview server has no address');
  return { url, close: () => server.close() };
}
