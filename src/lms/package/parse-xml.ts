/** Node side: parses XML with jsdom (a dev dependency, loaded only when a check runs). */
interface JsdomModule {
  JSDOM: new () => { window: { DOMParser: typeof DOMParser } };
}

const JSDOM_MODULE: string = 'jsdom';

export async function parseXml(text: string): Promise<Document> {
  const { JSDOM } = (await import(JSDOM_MODULE)) as JsdomModule;
  const { DOMParser: Parser } = new JSDOM().window;
  return new Parser().parseFromString(text, 'application/xml');
}
