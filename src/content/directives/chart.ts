import type { LeafDirective } from 'mdast-util-directive';
import type { CompileContext, DataFile } from '../context.ts';
import { parseCsv } from '../csv.ts';
import type { MessageSink } from '../messages.ts';
import { chartAttributeSchema, chartDataSchema } from '../schemas.ts';
import type { ChartBlock } from '../types.ts';
import { parseAttributes } from './attributes.ts';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** `::chart{data=<name> type=line|bar|funnel}` with its table inlined from `content/data/`. */
export function compileChart(node: LeafDirective, ctx: CompileContext): ChartBlock | null {
  const attrs = parseAttributes(node, chartAttributeSchema, ctx.sink, 'chart');
  if (!attrs) return null;
  const file = ctx.loadData(attrs.data);
  if (!file) {
    ctx.sink.error('chart-data-missing', `chart data "${attrs.data}" not found; expected content/data/${attrs.data}.csv or .json`, node.position);
    return null;
  }
  const table = readTable(file, ctx.dataSink(file.path));
  if (!table) {
    ctx.sink.error('chart-data-invalid', `chart data "${attrs.data}" could not be read; see the messages for ${file.path}`, node.position);
    return null;
  }
  if (attrs.type === 'funnel' && table.columns.length !== 2) {
    ctx.sink.error('chart-funnel-columns', `a funnel chart needs exactly 2 columns (stage, count); "${attrs.data}" has ${table.columns.length}`, node.position);
    return null;
  }
  return { type: 'chart', chartType: attrs.type, title: attrs.title ?? null, unit: attrs.unit ?? null, ...table };
}

type Table = Pick<ChartBlock, 'columns' | 'rows'>;

function readTable(file: DataFile, sink: MessageSink): Table | null {
  let raw: unknown;
  if (file.format === 'json') {
    try {
      raw = JSON.parse(file.text);
    } catch (error) {
      sink.error('chart-data-json', `not valid JSON: ${(error as Error).message}`);
      return null;
    }
  } else {
    const [header, ...body] = parseCsv(file.text);
    raw = { columns: header ?? [], rows: body };
  }
  const parsed = chartDataSchema.safeParse(raw);
  if (!parsed.success) {
    sink.error('chart-data-shape', 'chart data needs a header row with at least 2 columns and at least one data row');
    return null;
  }
  const { columns, rows } = parsed.data;
  const lineOffset = file.format === 'csv' ? 2 : 1;
  const out: Table['rows'] = [];
  let ok = true;
  rows.forEach((row, index) => {
    const line = index + lineOffset;
    if (row.length !== columns.length) {
      sink.error('chart-data-row', `row has ${row.length} cells but the header has ${columns.length}`, { line, column: 1 });
      ok = false;
      return;
    }
    const [category, ...cells] = row;
    const values: number[] = [];
    for (const cell of cells) {
      const value = typeof cell === 'number' ? cell : NUMBER.test(cell.trim()) ? Number(cell.trim()) : NaN;
      if (!Number.isFinite(value)) {
        sink.error('chart-data-number', `"${String(cell)}" is not a number`, { line, column: 1 });
        ok = false;
        return;
      }
      values.push(value);
    }
    out.push([String(category), ...values]);
  });
  return ok ? { columns, rows: out } : null;
}
