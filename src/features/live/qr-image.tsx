import { useEffect, useState } from 'react';

type QrModule = typeof import('qrcode');

/** The QR code of `text` as SVG markup, drawn here (no service): qrcode loads only when needed. */
export async function qrSvg(text: string): Promise<string> {
  const loaded = (await import('qrcode')) as unknown as Partial<QrModule> & { default?: QrModule };
  const qr = loaded.default && typeof loaded.default.create === 'function' ? loaded.default : (loaded as QrModule);
  return qr.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000ff', light: '#ffffffff' } });
}

/** The SVG as an image source: a data URL, so it renders as an image and never as markup. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

interface QrImageProps {
  text: string;
  alt: string;
  className?: string;
  size?: number;
}

/** A scannable QR code (black on white, whatever the theme, with a quiet zone). */
export function QrImage({ text, alt, className, size = 200 }: QrImageProps) {
  const [drawn, setDrawn] = useState<{ text: string; src: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    qrSvg(text).then(
      (svg) => !cancelled && setDrawn({ text, src: svgDataUrl(svg) }),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (drawn === null || drawn.text !== text) return <span className={`live-qr-pending ${className ?? ''}`} style={{ width: size, height: size }} />;
  return <img className={className} src={drawn.src} alt={alt} width={size} height={size} />;
}
