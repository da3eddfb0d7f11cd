import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../src/prerender/page-html.ts';

const TEMPLATE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <title>商业运营人员培训</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body>
    <div id="root"><p class="boot-status" role="status">正在打开课程……</p></div>
  </body>
</html>`;

describe('pageHtml', () => {
  const html = pageHtml(TEMPLATE, {
    locale: 'en',
    title: 'Costs & <returns> · Course',
    body: '<h1>Operations</h1>',
    css: ['.a{color:red}', 'b::after{content:"</style><script>x</script>"}'],
    modulePreloads: ['/assets/lesson-route-2.js', '/assets/overview-3.js'],
  });

  it('puts the page’s markup in the root, marked with its language, in place of the boot message', () => {
    expect(html).toContain('<div id="root" data-locale="en"><h1>Operations</h1></div>');
    expect(html).not.toContain('boot-status');
    expect(html).toContain('<html lang="en">');
  });

  it('escapes the title', () => {
    expect(html).toContain('<title>Costs &amp; &lt;returns&gt; · Course</title>');
  });

  it('inlines the style sheets instead of linking them, and a sheet cannot close its own element', () => {
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<style>.a{color:red}</style>');
    expect(html.match(/<\/style>/g)).toHaveLength(2);
  });

  it('keeps the entry script and preloads the route’s code and chapter', () => {
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-1.js"></script>');
    expect(html).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/lesson-route-2.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/overview-3.js">');
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('keeps the template’s title where the page names none, and markup with `$` patterns as it is', () => {
    const page = pageHtml(TEMPLATE, { locale: 'zh-CN', title: null, body: '<p>$& $1 $$</p>', css: [], modulePreloads: [] });
    expect(page).toContain('<title>商业运营人员培训</title>');
    expect(page).toContain('<p>$& $1 $$</p>');
  });

  it('refuses a template it cannot fill', () => {
    expect(() => pageHtml('<html><body></body></html>', { locale: 'en', title: null, body: '', css: [], modulePreloads: [] })).toThrow(/root/);
  });
});
