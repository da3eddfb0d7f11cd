import type { Element, Root } from 'hast';
import type { Locale } from '../types.ts';
import { h, root, t } from './hast.ts';
import type { DiagramItem } from './items.ts';
import { conversionPercent, type DiagramModel, type FlowModel, type FunnelModel, type MatrixModel } from './models.ts';

/**
 * The text alternative: the same structure as the drawing, as lists and sentences in the
 * chapter's locale. Chinese uses full-width punctuation and a space between Han characters and
 * Latin letters or digits where generated text meets the author's.
 */

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;

/** Joins Chinese template parts, putting a space where Han text meets Latin letters or digits. */
export function zh(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out = spaced(spaced(out, String(value)), strings[i + 1] ?? '');
  });
  return out;
}

function spaced(a: string, b: string): string {
  const left = a.slice(-1);
  const right = b.slice(0, 1);
  const needs = (HAN.test(left) && LATIN.test(right)) || (LATIN.test(left) && HAN.test(right));
  return needs ? `${a} ${b}` : a + b;
}

const p = (text: string): Element => h('p', {}, [t(text)]);
const li = (text: string, children: Element[] = []): Element => h('li', {}, [t(text), ...children]);

/** Ends a sentence unless it already ends in punctuation. */
function sentence(text: string, locale: Locale): string {
  return /[。！？.!?]$/u.test(text) ? text : text + (locale === 'zh-CN' ? '。' : '.');
}

/** `label：detail` (zh) or `label: detail` (en), removed items marked, extra notes in brackets. */
function itemText(item: Pick<DiagramItem, 'label' | 'detail' | 'removed'>, locale: Locale, extra: string[] = []): string {
  const notes = [...extra, ...(item.removed ? [locale === 'zh-CN' ? '已取消' : 'removed'] : [])];
  if (locale === 'zh-CN') {
    const head = notes.length > 0 ? `${item.label}（${notes.join('，')}）` : item.label;
    return item.detail ? `${head}：${item.detail}` : head;
  }
  const head = notes.length > 0 ? `${item.label} (${notes.join(', ')})` : item.label;
  return item.detail ? `${head}: ${item.detail}` : head;
}

export function buildAlt(model: DiagramModel, locale: Locale): Root {
  const zhCN = locale === 'zh-CN';
  switch (model.kind) {
    case 'cycle': {
      const n = model.items.length;
      const center = model.center ? [p(zhCN ? `中心：${model.center}` : `At the centre: ${model.center}`)] : [];
      const close = zhCN ? zh`第 ${n} 步之后回到第 1 步，循环往复。` : `After step ${n}, the cycle returns to step 1 and repeats.`;
      return root([...center, h('ol', {}, model.items.map((i) => li(itemText(i, locale)))), p(close)]);
    }
    case 'flow':
      return flowAlt(model, locale);
    case 'matrix':
      return matrixAlt(model, locale);
    case 'funnel':
      return funnelAlt(model, locale);
    case 'timeline':
      return root([h('ol', {}, model.phases.map((i) => li(itemText(i, locale))))]);
    case 'hierarchy': {
      if (model.layout === 'ladder') {
        const intro = p(zhCN ? '从最高一级到最低一级：' : 'From the top level down:');
        return root([intro, h('ol', {}, model.chain.map((i) => li(itemText(i, locale))))]);
      }
      const tree = (item: DiagramItem): Element => li(itemText(item, locale), item.children.length > 0 ? [h('ul', {}, item.children.map(tree))] : []);
      return root([h('ul', {}, [tree(model.root)])]);
    }
  }
}

function flowAlt(model: FlowModel, locale: Locale): Root {
  const zhCN = locale === 'zh-CN';
  const { steps, lanes } = model;
  const items = steps.map((step, i) => {
    const next = steps[i + 1];
    const tail: string[] = [];
    if (lanes && next && next.lane !== step.lane) tail.push(zhCN ? zh`交接给${next.lane ?? ''}` : `Hands off to ${next.lane ?? ''}`);
    if (step.note) tail.push(zhCN ? `下一步之前：${step.note}` : `Before the next step: ${step.note}`);
    const head = itemText(step, locale, step.lane ? [step.lane] : []);
    return li(tail.length > 0 ? [head, ...tail].map((s) => sentence(s, locale)).join(zhCN ? '' : ' ') : head);
  });
  const intro = lanes ? [p(zhCN ? `泳道：${lanes.join('、')}。括号里是每一步所在的泳道。` : `Lanes: ${lanes.join(', ')}. Each step names its lane in brackets.`)] : [];
  return root([...intro, h('ol', {}, items)]);
}

const CORNERS: Record<Locale, string[]> = { 'zh-CN': ['左上', '右上', '左下', '右下'], en: ['Top left', 'Top right', 'Bottom left', 'Bottom right'] };

function matrixAlt(model: MatrixModel, locale: Locale): Root {
  const zhCN = locale === 'zh-CN';
  const { cols, rows, x, y } = model;
  const square = cols === 2 && rows === 2;
  const intro = zhCN
    ? zh`${rows} × ${cols} 矩阵` + (x ? zh`，横轴是${x}（从左到右递增）` : '') + (y ? zh`，纵轴是${y}（从下到上递增）` : '') + '。各格从左上开始逐行排列：'
    : `A ${rows} × ${cols} matrix` + (x ? `; the horizontal axis is ${x}, increasing to the right` : '') + (y ? `; the vertical axis is ${y}, increasing upward` : '') + '. The cells, row by row from the top left:';
  const cells = model.cells.map((cell, k) => {
    const row = Math.floor(k / cols);
    const col = k % cols;
    let where = square ? CORNERS[locale][k]! : zhCN ? `第 ${row + 1} 行第 ${col + 1} 列` : `Row ${row + 1}, column ${col + 1}`;
    if (square && (x || y)) {
      const level = (high: boolean) => (zhCN ? (high ? '高' : '低') : high ? 'high' : 'low');
      const parts = [...(y ? [[y, row === 0] as const] : []), ...(x ? [[x, col === 1] as const] : [])];
      where += zhCN ? `（${parts.map(([name, high]) => zh`${name}${level(high)}`).join('、')}）` : ` (${parts.map(([name, high]) => `${name}: ${level(high)}`).join(', ')})`;
    }
    const body = zhCN ? `${cell.label}${cell.removed ? '（已取消）' : ''}${cell.detail ? `——${cell.detail}` : ''}` : `${cell.label}${cell.removed ? ' (removed)' : ''}${cell.detail ? ` — ${cell.detail}` : ''}`;
    return li(zhCN ? `${where}：${body}` : `${where}: ${body}`);
  });
  return root([p(intro), h('ul', {}, cells)]);
}

function funnelAlt(model: FunnelModel, locale: Locale): Root {
  const zhCN = locale === 'zh-CN';
  const { stages, numeric } = model;
  const items = stages.map((stage, i) => {
    const pct = numeric && i > 0 ? conversionPercent(stages[i - 1]!.value, stage.value) : null;
    const base = itemText(stage, locale);
    return li(pct === null ? base : zhCN ? `${base}，较上一阶段转化 ${pct}%` : `${base}, ${pct}% of the previous stage`);
  });
  const overall = numeric ? conversionPercent(stages[0]!.value, stages[stages.length - 1]!.value) : null;
  const close = overall === null ? [] : [p(zhCN ? zh`从第 1 阶段到第 ${stages.length} 阶段，整体转化 ${overall}%。` : `Overall conversion from the first to the last stage: ${overall}%.`)];
  return root([h('ol', {}, items), ...close]);
}
