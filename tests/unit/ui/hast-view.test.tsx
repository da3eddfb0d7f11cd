import { render } from '@testing-library/react';
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it, vi } from 'vitest';
import { HastView } from '../../../src/ui/hast-view.tsx';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const html = (tree: Root) => render(<HastView tree={tree} />).container.innerHTML;

describe('HastView', () => {
  it('renders prose as elements, with list properties joined and ARIA and data attributes named as in HTML', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('p', {}, [text('一'), el('strong', {}, [text('二')]), el('br', {})]),
        text('\n'),
        el('a', { href: 'https://example.com', className: ['x', 'y'], ariaDescribedBy: ['note'], dataFootnoteRef: true }, [text('链接')]),
        el('pre', {}, [el('code', { className: ['language-sql'] }, [text('select 1')])]),
        el('ol', { start: 3 }, [el('li', {}, [el('input', { type: 'checkbox', disabled: true, checked: false })])]),
      ],
    };
    expect(html(tree)).toBe(
      '<p>一<strong>二</strong><br></p>\n' +
        '<a href="https://example.com" class="x y" aria-describedby="note" data-footnote-ref="true">链接</a>' +
        '<pre><code class="language-sql">select 1</code></pre>' +
        '<ol start="3"><li><input disabled="" type="checkbox"></li></ol>',
    );
  });

  it('wraps tables to scroll sideways, drops their layout whitespace and turns cell alignment into a style', () => {
    const errors = vi.spyOn(console, 'error');
    const tree: Root = {
      type: 'root',
      children: [
        el('table', {}, [
          text('\n'),
          el('tbody', {}, [text('\n'), el('tr', {}, [el('td', { align: 'right', colSpan: 2 }, [text(' 12 ')]), text('\n')])]),
        ]),
      ],
    };
    expect(html(tree)).toBe(
      '<div class="table-scroll"><table><tbody><tr><td colspan="2" style="text-align: right;"> 12 </td></tr></tbody></table></div>',
    );
    expect(errors).not.toHaveBeenCalled();
  });
});
