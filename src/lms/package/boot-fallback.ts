import type { Plugin } from 'vite';

/**
 * The LMS package's start-up safety net, written inline into index.html (`courseware:lms-boot-fallback`):
 * when the course's scripts cannot run (opened from unzipped files, where browsers refuse module
 * scripts; `.js` served under a wrong type; a browser without module scripts), the page says so in
 * both languages instead of staying blank. The app marks `<html data-lms-boot>` as its first act.
 */
const SCRIPT = `(function () {
  var shown = false;
  function show() {
    var root = document.getElementById('root');
    if (shown || !root) return;
    shown = true;
    var file = location.protocol === 'file:';
    var texts = [
      ['zh-CN', '课程没能启动：浏览器无法加载课程的脚本。' + (file
        ? '课程包需要导入学习平台（LMS）并从平台打开，不能直接打开解压后的文件。'
        : '请刷新页面重试；如果仍然不行，请告知学习平台的管理员：服务器需要以 JavaScript 类型（text/javascript）提供 .js 文件。')],
      ['en', 'The course could not start: the browser could not load its scripts. ' + (file
        ? 'Import the package into your learning platform (LMS) and open it from there; it cannot run from unzipped files.'
        : 'Reload the page to try again. If it still fails, tell your learning platform’s administrator: the server must serve .js files as JavaScript (text/javascript).')]
    ];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'boot-failure';
    for (var i = 0; i < texts.length; i++) {
      var p = document.createElement('p');
      p.lang = texts[i][0];
      p.textContent = texts[i][1];
      box.appendChild(p);
    }
    root.replaceChildren(box);
  }
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && (target.tagName === 'SCRIPT' || (target.tagName === 'LINK' && target.rel === 'modulepreload'))) show();
  }, true);
  window.addEventListener('load', function () {
    if (!document.documentElement.hasAttribute('data-lms-boot')) show();
  });
})();`;

const STYLE = '.boot-failure{margin:2rem max(1rem,calc((100% - 40rem) / 2));padding:1rem 1.25rem;border:2px solid #8a1c1c;border-radius:8px;color:#5c1010;background:#fff;font:1rem/1.6 system-ui,sans-serif}';

export function lmsBootFallback(): Plugin {
  return {
    name: 'courseware:lms-boot-fallback',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'style', children: STYLE, injectTo: 'head' },
      { tag: 'script', children: SCRIPT, injectTo: 'head-prepend' },
    ],
  };
}
