import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import type { ContainerDirective } from 'mdast-util-directive';
import { describe, expect, it } from 'vitest';
import type { CompileContext } from '../../../src/content/context.ts';
import { compileDiagram, compileDiagramWithLayout, diagramAttributeSchema, type Scene } from '../../../src/content/diagrams/compile-diagram.ts';
import { parseValue } from '../../../src/content/diagrams/models.ts';
import { textWidthEm } from '../../../src/content/layout/text-measure.ts';
import { parseMarkdown } from '../../../src/content/markdown.ts';
import { MessageSink } from '../../../src/content/messages.ts';
import { CANVAS_CONTENT } from '../../../src/content/layout/canvas.ts';
import type { DiagramBlock, Locale } from '../../../src/content/types.ts';

// ---------------------------------------------------------------------------------------------
// Helpers: compile a Markdown snippet, then read the SVG and alt trees.

const diagram = (attrs: string, ...lines: string[]) => `:::diagram{${attrs}}\n${lines.join('\n')}\n:::\n`;

function run(markdown: string, locale: Locale = 'zh-CN') {
  const sink = new MessageSink('content/zh-CN/01-sample.md');
  const tree = parseMarkdown(markdown, sink);
  const node = tree.children.find((c): c is ContainerDirective => c.type === 'containerDirective' && c.name === 'diagram');
  if (!node) throw new Error('no :::diagram in the snippet');
  const ctx: CompileContext = { sink, locale, objectiveIds: null, loadData: () => null, dataSink: () => sink, quizPlaces: new Map() };
  const result = compileDiagramWithLayout(node, ctx, locale);
  return { result, messages: sink.messages, ruleIds: sink.messages.map((m) => m.ruleId), node, ctx };
}

/** Compiles and expects no messages; returns the block and its layout. */
function ok(markdown: string, locale: Locale = 'zh-CN') {
  const { result, messages } = run(markdown, locale);
  expect(messages).toEqual([]);
  expect(result).not.toBeNull();
  checkSvg(result!.block);
  checkFits(result!.scene);
  return result!;
}

function walk(node: Root | ElementContent, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node);
  if (node.type === 'element' || node.type === 'root') for (const child of node.children) walk(child as ElementContent, visit);
}

function all(root: Root | Element, predicate: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  walk(root, (el) => {
    if (predicate(el)) out.push(el);
  });
  return out;
}

const classes = (el: Element): string[] => (el.properties.className as string[] | undefined) ?? [];
const withClass = (root: Root, cls: string, tag?: string) => all(root, (el) => classes(el).includes(cls) && (!tag || el.tagName === tag));
const num = (el: Element, key: string) => Number(el.properties[key]);

function text(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => text(c as ElementContent)).join('');
  return '';
}

/** Each `<text>` element's lines (one per tspan), in document order. */
const textBlocks = (root: Root, cls?: string) => all(root, (el) => el.tagName === 'text' && (!cls || classes(el).includes(cls))).map((el) => el.children.map((c) => text(c)));
/** A wrapped text joined back (spaces dropped, since Latin lines break at spaces). */
const joined = (lines: string[]) => lines.join('').replace(/\s+/g, '');

/** The texts of a hast alt tree's list items at the top level of its first list of `tag`. */
function altItems(alt: Root, tag: 'ol' | 'ul' = 'ol'): string[] {
  const list = all(alt, (el) => el.tagName === tag)[0];
  if (!list) return [];
  return list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li').map((li) => li.children.filter((c) => c.type === 'text').map((c) => text(c)).join(''));
}
const altParagraphs = (alt: Root) => all(alt, (el) => el.tagName === 'p').map((p) => text(p));

const COLOUR_PROPS = ['stroke', 'color', 'style', 'stopColor', 'floodColor', 'lightingColor'];

/** The SVG root's shape and the rules every element keeps (no ids, no colours, no NaN). */
function checkSvg(block: DiagramBlock): void {
  expect(block.svg.children).toHaveLength(1);
  const svg = block.svg.children[0] as Element;
  expect(svg.tagName).toBe('svg');
  expect(svg.properties).toMatchObject({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${block.width} ${block.height}`,
    width: block.width,
    height: block.height,
    className: ['dg', `dg-${block.kind}`],
    ariaHidden: 'true',
    focusable: 'false',
  });
  expect(block.width).toBeLessThanOrEqual(CANVAS_CONTENT.width);
  expect(block.width).toBeGreaterThan(0);
  expect(block.height).toBeGreaterThan(0);
  walk(block.svg, (el) => {
    expect(el.properties.id, `id on <${el.tagName}>`).toBeUndefined();
    expect(['marker', 'defs', 'style', 'script', 'foreignObject', 'use']).not.toContain(el.tagName);
    for (const key of COLOUR_PROPS) expect(el.properties[key], `${key} on <${el.tagName}>`).toBeUndefined();
    if (el.properties.fill !== undefined) expect(el.properties.fill).toBe('none');
    for (const [key, value] of Object.entries(el.properties)) {
      if (typeof value === 'number') {
        expect(Number.isFinite(value), `${key}=${value}`).toBe(true);
        expect(Math.round(value * 10) / 10, `${key} rounded`).toBe(value);
      }
      if (typeof value === 'string') expect(value, key).not.toMatch(/NaN|Infinity|undefined/);
    }
    if (el.tagName === 'text') {
      expect(classes(el).length).toBeGreaterThan(0);
      // Every line stays inside the drawing horizontally.
      for (const tspan of el.children as Element[]) {
        const x = num(tspan, 'x');
        const line = text(tspan);
        const bold = classes(el).some((c) => ['dg-label', 'dg-center', 'dg-lane-label'].includes(c));
        const w = textWidthEm(line, bold) * (bold ? 32 : 30);
        const anchor = el.properties.textAnchor ?? 'start';
        const left = anchor === 'middle' ? x - w / 2 : x;
        expect(left).toBeGreaterThanOrEqual(-0.5);
        expect(left + w).toBeLessThanOrEqual(block.width + 0.5);
      }
    }
  });
}

const EPS = 0.01;

/** Every laid-out text line fits inside its box (with the box's padding); boxes never overlap. */
function checkFits(scene: Scene): void {
  expect(scene.fits.length).toBeGreaterThan(0);
  for (const fit of scene.fits) {
    for (const v of [fit.x, fit.y, fit.width, fit.height]) expect(Number.isFinite(v)).toBe(true);
    expect(fit.x).toBeGreaterThanOrEqual(-EPS);
    expect(fit.y).toBeGreaterThanOrEqual(-EPS);
    expect(fit.x + fit.width).toBeLessThanOrEqual(scene.width + EPS);
    expect(fit.y + fit.height).toBeLessThanOrEqual(scene.height + EPS);
    for (const line of fit.lines) {
      const w = textWidthEm(line.text, line.style.bold) * line.style.font;
      const left = line.anchor === 'middle' ? line.x - w / 2 : line.anchor === 'end' ? line.x - w : line.x;
      const where = `"${line.text}" in ${JSON.stringify({ x: fit.x, y: fit.y, w: fit.width, h: fit.height })}`;
      expect(left, where).toBeGreaterThanOrEqual(fit.x + fit.pad - EPS);
      expect(left + w, where).toBeLessThanOrEqual(fit.x + fit.width - fit.pad + EPS);
      expect(line.baseline - line.style.font, where).toBeGreaterThanOrEqual(fit.y + fit.pad - EPS);
      expect(line.baseline + 0.3 * line.style.font, where).toBeLessThanOrEqual(fit.y + fit.height - fit.pad + EPS);
      expect(line.style.font).toBeGreaterThanOrEqual(30);
    }
  }
  for (let i = 0; i < scene.fits.length; i++) {
    for (let j = i + 1; j < scene.fits.length; j++) {
      const a = scene.fits[i]!;
      const b = scene.fits[j]!;
      const overlap = a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
      expect(overlap, `${a.lines[0]?.text} overlaps ${b.lines[0]?.text}`).toBe(false);
    }
  }
}

const nodeRects = (block: DiagramBlock) => withClass(block.svg, 'dg-node', 'rect');
const centre = (r: Element) => ({ x: num(r, 'x') + num(r, 'width') / 2, y: num(r, 'y') + num(r, 'height') / 2 });

// ---------------------------------------------------------------------------------------------

describe('diagram attributes', () => {
  it('exports one schema with every attribute, parsing cols and lanes', () => {
    expect(diagramAttributeSchema.parse({ kind: 'matrix', cols: '3' })).toEqual({ kind: 'matrix', cols: 3 });
    expect(diagramAttributeSchema.parse({ kind: 'flow', lanes: '客服，仓库, 物流' }).lanes).toEqual(['客服', '仓库', '物流']);
    expect(diagramAttributeSchema.safeParse({ kind: 'venn' }).success).toBe(false);
  });

  it('reads numbers for funnels: thousands commas, decimals and a unit, but not ratios', () => {
    expect(parseValue('10,000')).toBe(10000);
    expect(parseValue('10,000 人')).toBe(10000);
    expect(parseValue('3.5%')).toBe(3.5);
    expect(parseValue('1,440 users')).toBe(1440);
    expect(parseValue('3:1')).toBeNull();
    expect(parseValue('1,2345')).toBeNull();
    expect(parseValue('约 100 人')).toBeNull();
    expect(parseValue(null)).toBeNull();
  });
});

describe('cycle', () => {
  const PDCA = diagram('kind=cycle title="PDCA 循环" center="持续改进"', '1. 计划：定目标、找原因', '2. 执行：小范围试行', '3. 检查：对比数据和目标', '4. 处理：固化做法或进入下一轮');

  it('places the steps clockwise from the top with an arrow from each to the next', () => {
    const { block } = ok(PDCA);
    expect(block).toMatchObject({ type: 'diagram', kind: 'cycle', title: 'PDCA 循环' });
    const rects = nodeRects(block);
    expect(rects).toHaveLength(4);
    expect(classes(rects[0]!)).toContain('dg-node-accent');
    const [top, right, bottom, left] = rects.map(centre);
    expect(top!.y).toBeLessThan(right!.y);
    expect(right!.x).toBeGreaterThan(top!.x);
    expect(bottom!.y).toBeGreaterThan(right!.y);
    expect(left!.x).toBeLessThan(top!.x);
    expect(withClass(block.svg, 'dg-arrow', 'polygon')).toHaveLength(4);
    expect(withClass(block.svg, 'dg-edge', 'path')).toHaveLength(4);
    expect(textBlocks(block.svg, 'dg-label').map(joined)).toEqual(['计划', '执行', '检查', '处理']);
    expect(textBlocks(block.svg, 'dg-detail').map(joined)).toContain('固化做法或进入下一轮');
    expect(textBlocks(block.svg, 'dg-center').map(joined)).toEqual(['持续改进']);
  });

  it('states the steps and the return to the start in Chinese', () => {
    const { block } = ok(PDCA);
    expect(altItems(block.alt)).toEqual(['计划：定目标、找原因', '执行：小范围试行', '检查：对比数据和目标', '处理：固化做法或进入下一轮']);
    expect(altParagraphs(block.alt)).toEqual(['中心：持续改进', '第 4 步之后回到第 1 步，循环往复。']);
  });

  it('lays out an English growth loop of 8 steps within the canvas', () => {
    const md = diagram(
      'kind=cycle',
      '1. Acquire: new users arrive',
      '2. Activate: first success',
      '3. Retain: come back weekly',
      '4. Refer: invite friends',
      '5. Revenue: upgrade to paid',
      '6. Reinvest: fund more ads',
      '7. Measure: weekly review',
      '8. Learn: adjust the plan',
    );
    const { block } = ok(md, 'en');
    expect(nodeRects(block)).toHaveLength(8);
    expect(block.title).toBeNull();
    expect(altItems(block.alt)[0]).toBe('Acquire: new users arrive');
    expect(altParagraphs(block.alt)).toEqual(['After step 8, the cycle returns to step 1 and repeats.']);
    const ys = nodeRects(block).map((r) => centre(r).y);
    expect(Math.min(...ys)).toBe(ys[0]);
  });

  it('keeps ASCII colons without a space in the label and mutes a struck step', () => {
    const { block } = ok(diagram('kind=cycle', '1. LTV:CAC 3:1', '2. ~~复盘：每周一次~~', '3. Note: keep going'), 'en');
    expect(altItems(block.alt)).toEqual(['LTV:CAC 3:1', '复盘 (removed): 每周一次', 'Note: keep going']);
    const muted = withClass(block.svg, 'dg-node-muted', 'rect');
    expect(muted).toHaveLength(1);
    expect(muted[0]!.properties.strokeDasharray).toBeDefined();
    expect(all(block.svg, (el) => el.tagName === 'text' && el.properties.textDecoration === 'line-through').map((el) => text(el))).toEqual(['复盘']);
  });
});

describe('flow', () => {
  it('joins steps left to right in one row, with a note tag on a connector', () => {
    const md = diagram('kind=flow title="下单流程"', '1. 浏览商品', '2. 加入购物车：可先不付款', '   - 平均 2 天', '3. ~~电话确认~~', '4. 支付：微信或支付宝');
    const { block } = ok(md);
    const rects = nodeRects(block);
    expect(rects).toHaveLength(4);
    expect(new Set(rects.map((r) => num(r, 'y'))).size).toBe(1);
    const xs = rects.map((r) => num(r, 'x'));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(withClass(block.svg, 'dg-arrow')).toHaveLength(3);
    expect(withClass(block.svg, 'dg-edge-accent')).toHaveLength(0);
    expect(withClass(block.svg, 'dg-note', 'rect')).toHaveLength(1);
    expect(textBlocks(block.svg, 'dg-note-text').map(joined)).toEqual(['平均2天']);
    expect(classes(rects[2]!)).toContain('dg-node-muted');
    expect(altItems(block.alt)).toEqual(['浏览商品', '加入购物车：可先不付款。下一步之前：平均 2 天。', '电话确认（已取消）', '支付：微信或支付宝']);
  });

  it('wraps many English steps into a second row', () => {
    const md = diagram(
      'kind=flow',
      '1. Receive request: check the order',
      '2. Verify payment: manual check',
      '3. Inspect goods',
      '4. Approve refund',
      '   - same day',
      '5. Refund: to the original account',
      '6. Close ticket',
      '7. Send survey',
    );
    const { block } = ok(md, 'en');
    const rows = new Set(nodeRects(block).map((r) => num(r, 'y')));
    expect(rows.size).toBe(2);
    expect(withClass(block.svg, 'dg-arrow')).toHaveLength(6);
    expect(altItems(block.alt)[3]).toBe('Approve refund. Before the next step: same day.');
  });

  const LANES = diagram(
    'kind=flow title="退货流程" lanes="客服,仓库,物流"',
    '1. 客服 | 受理申请：核对订单',
    '   - 等待 12 小时',
    '2. 客服 ｜ 审核付款：人工核对',
    '3. 仓库 | 收货质检',
    '4. ~~仓库 | 二次复核~~',
    '5. 物流 | 退款到账：原路返回',
  );

  it('draws one band per lane, one column per step, and accents the hand-offs', () => {
    const { block } = ok(LANES);
    const bands = withClass(block.svg, 'dg-lane', 'rect');
    expect(bands).toHaveLength(3);
    expect(bands.map((b) => classes(b).includes('dg-lane-alt'))).toEqual([false, true, false]);
    expect(textBlocks(block.svg, 'dg-lane-label').map(joined)).toEqual(['客服', '仓库', '物流']);
    const rects = nodeRects(block);
    expect(rects).toHaveLength(5);
    const xs = rects.map((r) => num(r, 'x'));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]! + num(rects[i - 1]!, 'width'));
    const lane = [0, 0, 1, 1, 2];
    rects.forEach((r, i) => {
      const band = bands[lane[i]!]!;
      expect(num(r, 'y')).toBeGreaterThanOrEqual(num(band, 'y'));
      expect(num(r, 'y') + num(r, 'height')).toBeLessThanOrEqual(num(band, 'y') + num(band, 'height'));
    });
    // 客服→仓库 and 仓库→物流 change lane; the others stay.
    expect(withClass(block.svg, 'dg-edge-accent', 'polyline')).toHaveLength(2);
    expect(withClass(block.svg, 'dg-edge-accent', 'polygon')).toHaveLength(2);
    expect(withClass(block.svg, 'dg-arrow')).toHaveLength(4);
    expect(withClass(block.svg, 'dg-note', 'rect')).toHaveLength(1);
    expect(classes(rects[3]!)).toContain('dg-node-muted');
  });

  it('names the lanes, hand-offs, notes and removed steps in the alt text', () => {
    const zh = ok(LANES).block.alt;
    expect(altParagraphs(zh)[0]).toBe('泳道：客服、仓库、物流。括号里是每一步所在的泳道。');
    expect(altItems(zh)).toEqual([
      '受理申请（客服）：核对订单。下一步之前：等待 12 小时。',
      '审核付款（客服）：人工核对。交接给仓库。',
      '收货质检（仓库）',
      '二次复核（仓库，已取消）。交接给物流。',
      '退款到账（物流）：原路返回',
    ]);
    const en = ok(
      diagram('kind=flow lanes="Support, Warehouse"', '1. Support | Refund: approve', '   - wait 12 hours', '2. Warehouse | Restock', '3. ~~Support | Call back~~'),
      'en',
    ).block.alt;
    expect(altParagraphs(en)[0]).toBe('Lanes: Support, Warehouse. Each step names its lane in brackets.');
    expect(altItems(en)).toEqual([
      'Refund (Support): approve. Hands off to Warehouse. Before the next step: wait 12 hours.',
      'Restock (Warehouse). Hands off to Support.',
      'Call back (Support, removed)',
    ]);
  });

  it('reports unknown and missing lanes at the step', () => {
    const { ruleIds, messages } = run(diagram('kind=flow lanes="客服,仓库"', '1. 客服 | 受理', '2. 财务 | 退款', '3. 发货'));
    expect(ruleIds).toEqual(['diagram-unknown-lane', 'diagram-missing-lane']);
    expect(messages.map((m) => [m.line, m.column])).toEqual([
      [3, 1],
      [4, 1],
    ]);
    expect(messages[0]!.message).toContain('the lanes are 客服, 仓库');
  });

  it('allows one note per step and none on the last', () => {
    const two = run(diagram('kind=flow', '1. 甲', '   - 一', '   - 二', '2. 乙'));
    expect(two.ruleIds).toEqual(['diagram-nesting']);
    expect(two.messages[0]).toMatchObject({ line: 3, column: 4 });
    const last = run(diagram('kind=flow', '1. 甲', '2. 乙', '   - 一'));
    expect(last.ruleIds).toEqual(['diagram-nesting']);
    expect(last.messages[0]!.message).toContain('last step');
  });
});

describe('matrix', () => {
  const EISENHOWER = diagram(
    'kind=matrix x="紧急程度" y="重要程度"',
    '1. 重要不紧急：安排时间做',
    '2. 重要且紧急：马上做',
    '3. 不重要不紧急：少做或不做',
    '4. 紧急不重要：授权别人做',
  );

  it('fills the cells row by row from the top left and draws both axes', () => {
    const { block } = ok(EISENHOWER);
    const [a, b, c, d] = nodeRects(block).map((r) => ({ x: num(r, 'x'), y: num(r, 'y') }));
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(c!.x).toBe(a!.x);
    expect(c!.y).toBeGreaterThan(a!.y);
    expect(d).toEqual({ x: b!.x, y: c!.y });
    expect(textBlocks(block.svg, 'dg-label').map(joined)).toEqual(['重要不紧急', '重要且紧急', '不重要不紧急', '紧急不重要']);
    const axes = withClass(block.svg, 'dg-axis', 'line');
    expect(axes).toHaveLength(2);
    const [yAxis, xAxis] = axes;
    expect(num(yAxis!, 'x1')).toBe(num(yAxis!, 'x2'));
    expect(num(yAxis!, 'y2')).toBeLessThan(num(yAxis!, 'y1'));
    expect(num(xAxis!, 'y1')).toBe(num(xAxis!, 'y2'));
    expect(num(xAxis!, 'x2')).toBeGreaterThan(num(xAxis!, 'x1'));
    // The x axis runs below the grid, the y axis left of it.
    expect(num(xAxis!, 'y1')).toBeGreaterThan(Math.max(...nodeRects(block).map((r) => num(r, 'y') + num(r, 'height'))));
    expect(num(yAxis!, 'x1')).toBeLessThan(a!.x);
    expect(textBlocks(block.svg, 'dg-axis-label').map(joined).sort()).toEqual(['紧急程度', '重要程度'].sort());
  });

  it('names each cell by position and axes in both locales', () => {
    const zh = ok(EISENHOWER).block.alt;
    expect(altParagraphs(zh)[0]).toBe('2 × 2 矩阵，横轴是紧急程度（从左到右递增），纵轴是重要程度（从下到上递增）。各格从左上开始逐行排列：');
    expect(altItems(zh, 'ul')).toEqual([
      '左上（重要程度高、紧急程度低）：重要不紧急——安排时间做',
      '右上（重要程度高、紧急程度高）：重要且紧急——马上做',
      '左下（重要程度低、紧急程度低）：不重要不紧急——少做或不做',
      '右下（重要程度低、紧急程度高）：紧急不重要——授权别人做',
    ]);
    const en = ok(diagram('kind=matrix x="Effort" y="Impact"', '1. Big bets: plan them', '2. Quick wins', '3. Thankless tasks', '4. Fill-ins'), 'en').block.alt;
    expect(altItems(en, 'ul')).toEqual([
      'Top left (Impact: high, Effort: low): Big bets — plan them',
      'Top right (Impact: high, Effort: high): Quick wins',
      'Bottom left (Impact: low, Effort: low): Thankless tasks',
      'Bottom right (Impact: low, Effort: high): Fill-ins',
    ]);
    expect(altParagraphs(en)[0]).toContain('the horizontal axis is Effort, increasing to the right');
  });

  it('takes cols=3 for a 3 × 3 grid and reports a shape that does not fill it', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `${i + 1}. 格${i + 1}`);
    const { block } = ok(diagram('kind=matrix cols=3', ...nine));
    const rects = nodeRects(block);
    expect(new Set(rects.map((r) => num(r, 'x'))).size).toBe(3);
    expect(new Set(rects.map((r) => num(r, 'y'))).size).toBe(3);
    expect(withClass(block.svg, 'dg-axis')).toHaveLength(0);
    expect(altItems(block.alt, 'ul')[5]).toBe('第 2 行第 3 列：格6');
    const five = run(diagram('kind=matrix', '1. 一', '2. 二', '3. 三', '4. 四', '5. 五'));
    expect(five.ruleIds).toEqual(['diagram-matrix-shape']);
    expect(five.messages[0]).toMatchObject({ line: 1, column: 1 });
    expect(five.messages[0]!.message).toContain('2 × 2 = 4');
  });
});

describe('funnel', () => {
  const NUMBERS = diagram('kind=funnel title="转化漏斗"', '1. 访问：10,000 人', '2. 注册：3,200 人', '3. 下单：1,440 人', '4. 复购：360 人');

  it('narrows proportionally to the values and shows each conversion', () => {
    const { block, scene } = ok(NUMBERS);
    const stages = withClass(block.svg, 'dg-node', 'polygon');
    expect(stages).toHaveLength(4);
    const topWidth = (p: Element) => {
      const [a, b] = String(p.properties.points).split(' ').map((pt) => Number(pt.split(',')[0]));
      return b! - a!;
    };
    const widths = stages.map(topWidth);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeLessThanOrEqual(widths[i - 1]!);
    // 3,200 / 10,000: the second stage is 32% as wide as the first (before the text minimum).
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.32, 2);
    // Conversions from the stage before, by hand: 3200/10000, 1440/3200, 360/1440.
    expect(textBlocks(block.svg, 'dg-detail').map(joined)).toEqual(expect.arrayContaining(['→32.0%', '→45.0%', '→25.0%']));
    expect(scene.fits.filter((f) => f.lines[0]?.text.startsWith('→'))).toHaveLength(3);
    expect(altItems(block.alt)).toEqual(['访问：10,000 人', '注册：3,200 人，较上一阶段转化 32.0%', '下单：1,440 人，较上一阶段转化 45.0%', '复购：360 人，较上一阶段转化 25.0%']);
    expect(altParagraphs(block.alt)).toEqual(['从第 1 阶段到第 4 阶段，整体转化 3.6%。']);
  });

  it('writes conversions in English, and none when a detail is not a number', () => {
    const en = ok(diagram('kind=funnel', '1. Visits: 8,000', '2. Sign-ups: 2,000', '3. Orders: 500'), 'en').block;
    expect(altItems(en.alt)).toEqual(['Visits: 8,000', 'Sign-ups: 2,000, 25.0% of the previous stage', 'Orders: 500, 25.0% of the previous stage']);
    expect(altParagraphs(en.alt)).toEqual(['Overall conversion from the first to the last stage: 6.3%.']);
    const words = ok(diagram('kind=funnel', '1. Awareness: sees an ad', '2. Interest: visits the site', '3. Action: pays'), 'en').block;
    expect(textBlocks(words.svg).flat().some((l) => l.includes('→'))).toBe(false);
    expect(altParagraphs(words.alt)).toEqual([]);
  });

  it('reports too few stages and nesting', () => {
    expect(run(diagram('kind=funnel', '1. 只有一步')).messages[0]).toMatchObject({ ruleId: 'diagram-too-few-items', line: 1, column: 1 });
    expect(run(diagram('kind=funnel', '1. 访问', '   - 细分', '2. 注册')).messages[0]).toMatchObject({ ruleId: 'diagram-nesting', line: 3, column: 4 });
  });
});

describe('hierarchy', () => {
  const ORG = diagram(
    'kind=hierarchy title="组织结构"',
    '- 总经理：负责整体经营',
    '  - 市场部',
    '    - 品牌组',
    '    - 渠道组',
    '  - 销售部',
    '    - 华东区',
    '    - 华南区',
    '  - 运营部：数据与活动',
  );

  it('draws a top-down tree with children centred under their parents', () => {
    const { block } = ok(ORG);
    const rects = nodeRects(block);
    expect(rects).toHaveLength(8);
    expect(classes(rects[0]!)).toContain('dg-node-accent');
    const labels = textBlocks(block.svg, 'dg-label').map(joined);
    const at = (label: string) => centre(rects[labels.indexOf(label)]!);
    expect(at('市场部').x).toBeCloseTo((at('品牌组').x + at('渠道组').x) / 2, 0);
    expect(at('总经理').x).toBeCloseTo((at('市场部').x + at('运营部').x) / 2, 0);
    expect(at('总经理').y).toBeLessThan(at('销售部').y);
    expect(at('销售部').y).toBeLessThan(at('华南区').y);
    expect(at('运营部').y).toBe(at('市场部').y);
    // Orthogonal connectors: one per child, every segment horizontal or vertical.
    const connectors = withClass(block.svg, 'dg-edge', 'polyline');
    expect(connectors).toHaveLength(7);
    for (const c of connectors) {
      const pts = String(c.properties.points).split(' ').map((p) => p.split(',').map(Number));
      for (let i = 1; i < pts.length; i++) expect(pts[i]![0] === pts[i - 1]![0] || pts[i]![1] === pts[i - 1]![1]).toBe(true);
    }
  });

  it('gives nested lists in the alt text, in both locales', () => {
    const { block } = ok(ORG);
    const top = all(block.alt, (el) => el.tagName === 'ul')[0]!;
    expect(altItems(block.alt, 'ul')).toEqual(['总经理：负责整体经营']);
    const second = all(top, (el) => el.tagName === 'ul')[1]!;
    expect(second.children.map((li) => text(li as Element).slice(0, 3))).toEqual(['市场部', '销售部', '运营部']);
    expect(all(block.alt, (el) => el.tagName === 'li')).toHaveLength(8);
    const en = ok(diagram('kind=hierarchy', '- CEO: sets direction', '  - Sales', '  - Product: builds the app'), 'en').block;
    expect(all(en.alt, (el) => el.tagName === 'li').map((li) => li.children[0]).map((t) => text(t as ElementContent))).toEqual([
      'CEO: sets direction',
      'Sales',
      'Product: builds the app',
    ]);
  });

  it('draws layout=ladder as a staircase with the first item as the top step', () => {
    const md = diagram('kind=hierarchy layout=ladder title="晋升路径"', '- 总监：制定部门战略', '  - 经理：带团队完成目标', '    - 主管：安排日常工作', '      - 专员：执行具体任务');
    const { block } = ok(md);
    const rects = nodeRects(block);
    expect(textBlocks(block.svg, 'dg-label').map(joined)).toEqual(['总监', '经理', '主管', '专员']);
    const centres = rects.map(centre);
    for (let i = 1; i < centres.length; i++) {
      expect(centres[i]!.y).toBeGreaterThan(centres[i - 1]!.y);
      expect(centres[i]!.x).toBeLessThan(centres[i - 1]!.x);
    }
    expect(classes(rects[0]!)).toContain('dg-node-accent');
    // Each detail sits right of its own step, level with it.
    const details = all(block.svg, (el) => el.tagName === 'text' && classes(el).includes('dg-detail'));
    details.forEach((d, i) => {
      const r = rects[i]!;
      expect(num(d, 'x')).toBeGreaterThan(num(r, 'x') + num(r, 'width'));
      expect(num(d, 'y')).toBeGreaterThan(num(r, 'y'));
      expect(num(d, 'y')).toBeLessThan(num(r, 'y') + num(r, 'height'));
    });
    expect(altParagraphs(block.alt)).toEqual(['从最高一级到最低一级：']);
    expect(altItems(block.alt)).toEqual(['总监：制定部门战略', '经理：带团队完成目标', '主管：安排日常工作', '专员：执行具体任务']);
  });

  it('accepts a flat list for a ladder in English', () => {
    const { block } = ok(diagram('kind=hierarchy layout=ladder', '1. Director', '2. Manager: leads a team', '3. Specialist'), 'en');
    expect(altParagraphs(block.alt)).toEqual(['From the top level down:']);
    expect(altItems(block.alt)).toEqual(['Director', 'Manager: leads a team', 'Specialist']);
  });

  it('reports two roots, a fourth level and a branching ladder', () => {
    expect(run(diagram('kind=hierarchy', '- 甲', '- 乙')).messages[0]).toMatchObject({ ruleId: 'diagram-hierarchy-root', line: 3, column: 1 });
    const deep = run(diagram('kind=hierarchy', '- 一', '  - 二', '    - 三', '      - 四'));
    expect(deep.messages[0]).toMatchObject({ ruleId: 'diagram-nesting', line: 5, column: 7 });
    expect(deep.messages[0]!.message).toContain('at most 3 levels');
    const branching = run(diagram('kind=hierarchy layout=ladder', '- 一', '  - 二', '  - 三'));
    expect(branching.messages[0]).toMatchObject({ ruleId: 'diagram-nesting', line: 3, column: 3 });
  });
});

describe('timeline', () => {
  it('puts a marker per phase on the axis with its card below', () => {
    const { block } = ok(diagram('kind=timeline title="试点计划"', '1. 第 1 周：调研用户', '2. 第 2 周：设计方案', '3. 第 3 周：小范围试行', '4. 第 4 周：复盘推广'));
    const markers = all(block.svg, (el) => el.tagName === 'circle');
    expect(markers).toHaveLength(4);
    const axis = withClass(block.svg, 'dg-axis', 'line')[0]!;
    const axisY = num(axis, 'y1');
    expect(markers.every((m) => num(m, 'cy') === axisY)).toBe(true);
    expect(nodeRects(block).every((r) => num(r, 'y') > axisY)).toBe(true);
    expect(textBlocks(block.svg, 'dg-label').map(joined)).toEqual(['第1周', '第2周', '第3周', '第4周']);
    expect(altItems(block.alt)).toEqual(['第 1 周：调研用户', '第 2 周：设计方案', '第 3 周：小范围试行', '第 4 周：复盘推广']);
  });

  it('alternates cards above and below when eight phases need the room', () => {
    const phases = ['Research users', 'Design', 'Pilot', 'Launch nationwide', 'Review', 'Scale', 'Optimise the funnel', 'Next plan'];
    const { block } = ok(diagram('kind=timeline', ...phases.map((p, i) => `${i + 1}. Q${i + 1}: ${p}`)), 'en');
    const axisY = num(withClass(block.svg, 'dg-axis', 'line')[0]!, 'y1');
    expect(nodeRects(block).map((r) => num(r, 'y') < axisY)).toEqual([true, false, true, false, true, false, true, false]);
    expect(altItems(block.alt)[3]).toBe('Q4: Launch nationwide');
  });
});

describe('diagram errors', () => {
  const place = (markdown: string) => run(markdown).messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }));

  it('reports a body that is not one list', () => {
    expect(place(diagram('kind=cycle', '先看一段话。', '', '1. 甲', '2. 乙', '3. 丙'))).toEqual([{ ruleId: 'diagram-invalid-body', line: 2, column: 1 }]);
    expect(place(diagram('kind=cycle', '| a | b |', '| - | - |', '| 1 | 2 |'))).toEqual([{ ruleId: 'diagram-invalid-body', line: 2, column: 1 }]);
    expect(place(diagram('kind=cycle', '1. 甲', '2. 乙', '', '- 丙'))).toEqual([{ ruleId: 'diagram-invalid-body', line: 5, column: 1 }]);
    expect(place(':::diagram{kind=cycle}\n:::\n')).toEqual([{ ruleId: 'diagram-empty', line: 1, column: 1 }]);
  });

  it('asks for the title as an attribute, not in brackets', () => {
    const { messages } = run(':::diagram[PDCA]{kind=cycle}\n1. 甲\n2. 乙\n3. 丙\n:::\n');
    expect(messages).toMatchObject([{ ruleId: 'diagram-invalid-body', line: 1, column: 11 }]);
    expect(messages[0]!.message).toContain('title="…"');
  });

  it('reports a note, a detail or a centre label too long for its place', () => {
    const note = run(diagram('kind=flow', '1. 甲', `   - ${'等待'.repeat(60)}`, '2. 乙'));
    expect(note.messages).toMatchObject([{ ruleId: 'diagram-text-too-long', line: 3, column: 4 }]);
    const detail = run(diagram('kind=cycle', '1. 甲', `2. 乙：${'说明文字'.repeat(20)}`, '3. 丙'));
    expect(detail.messages).toMatchObject([{ ruleId: 'diagram-text-too-long', line: 3, column: 1 }]);
    const center = run(diagram(`kind=cycle center="${'中心'.repeat(40)}"`, '1. 甲', '2. 乙', '3. 丙'));
    expect(center.messages).toMatchObject([{ ruleId: 'diagram-text-too-long', line: 1, column: 1 }]);
  });

  it('reports an item without a label at the item', () => {
    expect(place(diagram('kind=cycle', '1. 甲', '2. ：只有说明', '3. 丙'))).toEqual([{ ruleId: 'diagram-empty-label', line: 3, column: 1 }]);
    expect(place(diagram('kind=cycle', '1. 甲', '2.', '3. 丙'))).toEqual([{ ruleId: 'diagram-empty-label', line: 3, column: 1 }]);
  });

  it('reports nesting where the kind has none', () => {
    expect(place(diagram('kind=cycle', '1. 甲', '   - 子项', '2. 乙', '3. 丙'))).toEqual([{ ruleId: 'diagram-nesting', line: 3, column: 4 }]);
    expect(place(diagram('kind=timeline', '- 一', '- 二', '  - 子项', '- 三'))).toEqual([{ ruleId: 'diagram-nesting', line: 4, column: 3 }]);
  });

  it('reports counts out of range with the range, at the directive', () => {
    const few = run(diagram('kind=cycle', '1. 甲', '2. 乙'));
    expect(few.messages).toMatchObject([{ ruleId: 'diagram-too-few-items', line: 1, column: 1 }]);
    expect(few.messages[0]!.message).toBe('a cycle diagram needs 3 to 8 items; this one has 2');
    const many = run(diagram('kind=timeline', ...Array.from({ length: 9 }, (_, i) => `${i + 1}. 阶段${i + 1}`)));
    expect(many.messages).toMatchObject([{ ruleId: 'diagram-too-many-items', line: 1, column: 1 }]);
    expect(many.messages[0]!.message).toContain('3 to 8 items');
    const flow = run(diagram('kind=flow', ...Array.from({ length: 11 }, (_, i) => `${i + 1}. 步骤`)));
    expect(flow.messages[0]!.message).toContain('2 to 10 items');
  });

  it('reports unknown, invalid and missing attributes', () => {
    expect(run(diagram('kind=cycle lanes="a,b"', '1. 甲', '2. 乙', '3. 丙')).messages).toMatchObject([
      { ruleId: 'diagram-unknown-attribute', line: 1, column: 1, message: 'diagram kind=cycle has unknown attribute "lanes"; expected kind, title, center' },
    ]);
    expect(run(diagram('kind=venn', '1. 甲')).messages).toMatchObject([
      { ruleId: 'diagram-invalid-attribute', message: 'diagram "kind" must be one of cycle, flow, matrix, funnel, hierarchy, timeline' },
    ]);
    expect(run(diagram('title="无类型"', '1. 甲')).messages).toMatchObject([
      { ruleId: 'diagram-invalid-attribute', message: 'diagram "kind" must be one of cycle, flow, matrix, funnel, hierarchy, timeline' },
    ]);
    expect(run(diagram('kind=matrix cols=9', '1. 甲', '2. 乙')).ruleIds).toEqual(['diagram-invalid-attribute']);
    expect(run(diagram('kind=flow lanes="只有一条"', '1. 甲', '2. 乙')).messages[0]!.message).toContain('at least 2 lanes');
  });

  it('reports a label that needs more than 3 lines at its item, saying how long it may be', () => {
    const long = '这是一个非常非常长的步骤名称，它远远超出了一个方框能够容纳的三行文字的长度限制';
    const { messages, result } = run(diagram('kind=cycle', '1. 甲', '2. 乙', `3. ${long}：说明`, '4. 丁', '5. 戊', '6. 己', '7. 庚', '8. 辛'));
    expect(result).toBeNull();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'diagram-label-too-long', line: 4, column: 1 });
    expect(messages[0]!.message).toMatch(/holds 3 \(about \d+ Chinese characters or \d+ Latin letters\)/);
    const word = run(diagram('kind=cycle', '1. Supercalifragilisticexpialidocious', '2. b', '3. c'), 'en');
    expect(word.messages[0]).toMatchObject({ ruleId: 'diagram-label-too-long', line: 2, column: 1 });
    expect(word.messages[0]!.message).toContain('is wider than its box');
  });

  it('returns null and reports through the sink from the plain entry point', () => {
    const { node, ctx, messages } = run(diagram('kind=cycle', '1. 甲', '2. 乙', '3. 丙'));
    const before = messages.length;
    expect(compileDiagram(node, ctx, 'zh-CN')?.kind).toBe('cycle');
    const bad = run(diagram('kind=cycle', '1. 甲'));
    expect(compileDiagram(bad.node, bad.ctx, 'en')).toBeNull();
    expect(messages).toHaveLength(before);
  });
});

// ---------------------------------------------------------------------------------------------

describe('diagram layout under random labels', () => {
  const chars = [...'计划执行检查处理用户增长留存转化渠道运营数据分析目标，、（）', ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', ' ', ' ', ' '];
  const label = fc
    .string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 40 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const item = fc.record({ label, detail: fc.option(label, { nil: null }) });
  const shapes = ['cycle', 'flow', 'lanes', 'matrix', 'funnel', 'tree', 'ladder', 'timeline'] as const;

  function markdown(shape: (typeof shapes)[number], items: Array<{ label: string; detail: string | null }>): string {
    const line = (i: { label: string; detail: string | null }) => (i.detail ? `${i.label}：${i.detail}` : i.label);
    const list = (xs: typeof items) => xs.map((i, n) => `${n + 1}. ${line(i)}`);
    switch (shape) {
      case 'lanes':
        return diagram('kind=flow lanes="甲,乙,丙"', ...items.map((i, n) => `${n + 1}. ${'甲乙丙'[n % 3]} | ${line(i)}`));
      case 'matrix':
        return diagram('kind=matrix x="横" y="纵"', ...list(items.slice(0, 4)));
      case 'tree':
        return diagram('kind=hierarchy', `- ${line(items[0]!)}`, ...items.slice(1).map((i) => `  - ${line(i)}`));
      case 'ladder':
        return diagram('kind=hierarchy layout=ladder', ...list(items));
      default:
        return diagram(`kind=${shape}`, ...list(items));
    }
  }

  it('never draws text wider than its box, outside the canvas or at NaN', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.array(item, { minLength: 4, maxLength: 6 }), (shape, items) => {
        const { result, ruleIds } = run(markdown(shape, items));
        if (result) {
          expect(ruleIds).toEqual([]);
          checkSvg(result.block);
          checkFits(result.scene);
        } else {
          expect(ruleIds.length).toBeGreaterThan(0);
          for (const id of ruleIds) expect(['diagram-label-too-long', 'diagram-text-too-long']).toContain(id);
        }
      }),
      { numRuns: Number(process.env.DIAGRAM_PROPERTY_RUNS ?? 300) },
    );
  });
});
