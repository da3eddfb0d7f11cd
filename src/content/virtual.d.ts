declare module 'virtual:courseware/manifest' {
  const manifest: import('./types.ts').CourseManifest;
  export default manifest;
}

declare module 'virtual:courseware/chapters' {
  /** Lazy loaders keyed `<locale>/<chapter id>`, for the chapters that exist in that locale. */
  const loaders: Record<string, () => Promise<{ default: import('./types.ts').Chapter }>>;
  export default loaders;
}
