import type { Position } from 'unist';
import { CANVAS_CONTENT } from '../layout/canvas.ts';
import type { Report } from './items.ts';
import type { MatrixModel } from './models.ts';
import { boxText, edge, nodeRect, Scene, textLines, type Rect } from './svg.ts';
import { AXIS_LABEL, checkBlock, clamp, DETAIL, LABEL, measureBlock, naturalWidth, PAD_X, PAD_Y, widthPx, wrapLimited } from './text.ts';

/**
 * Matrix: cells filled row by row from the top left; with axis names, x grows to the right
 * along the bottom and y grows upward along the left.
 */

const W = CANVAS_CONTENT.width;
const GAP = 16;
const MARGIN = 4;
/** Room left of the grid for the y axis, and between the grid and the x axis. */
const AXIS_SPACE = 36;
const NAME_GAP = 10;
const MAX_CELL = 520;
/** Cells are never narrower than this, so a matrix reads as a grid even with short labels. */
const MIN_CELL = 260;

export function layoutMatrix(model: MatrixModel, report: Report, at: Position | undefined): Scene | null {
  const { cells, cols, rows } = model;
  const ml = model.y ? AXIS_SPACE : 0;
  const cwMax = Math.min(MAX_CELL, (W - 2 * MARGIN - ml - (cols - 1) * GAP) / cols);
  const natural = Math.max(...cells.map((c) => Math.max(naturalWidth(c.label, LABEL), naturalWidth(c.detail, DETAIL))));
  const cw = clamp(natural + 2 * PAD_X, MIN_CELL, cwMax);
  const inner = cw - 2 * PAD_X;
  const blocks = cells.map((c) => measureBlock(c.label, c.detail, inner));
  if (!blocks.map((b, i) => checkBlock(cells[i]!, b, inner, report)).every(Boolean)) return null;
  const ch = Math.max(...blocks.map((b) => b.height)) + 2 * PAD_Y;
  const gridW = cols * cw + (cols - 1) * GAP;
  const gridH = rows * ch + (rows - 1) * GAP;

  const nameWidth = Math.min(600, ml + gridW);
  const yName = model.y ? wrapLimited(model.y, nameWidth, AXIS_LABEL, 2, 'the y axis name', at, report) : [];
  const xName = model.x ? wrapLimited(model.x, nameWidth, AXIS_LABEL, 2, 'the x axis name', at, report) : [];
  if (!yName || !xName) return null;

  const scene = new Scene();
  const gx = MARGIN + ml;
  const gy = MARGIN + (yName.length > 0 ? yName.length * AXIS_LABEL.lineHeight + NAME_GAP : 0);
  const axisX = gx - AXIS_SPACE / 2;
  const axisY = gy + gridH + (model.x ? AXIS_SPACE / 2 : 0);
  scene.width = gx + gridW + MARGIN;
  scene.height = axisY + (xName.length > 0 ? NAME_GAP + xName.length * AXIS_LABEL.lineHeight : 0) + MARGIN;

  if (model.y) {
    scene.add('back', ...edge([[axisX, model.x ? axisY : gy + gridH], [axisX, gy]], { arrow: true, axis: true }));
    placeName(scene, yName, MARGIN, MARGIN);
  }
  if (model.x) {
    scene.add('back', ...edge([[model.y ? axisX : gx, axisY], [gx + gridW, axisY]], { arrow: true, axis: true }));
    const w = Math.max(...xName.map((l) => widthPx(l, AXIS_LABEL)));
    placeName(scene, xName, gx + gridW - w, axisY + NAME_GAP);
  }

  cells.forEach((cell, k) => {
    const box: Rect = { x: gx + (k % cols) * (cw + GAP), y: gy + Math.floor(k / cols) * (ch + GAP), width: cw, height: ch };
    scene.add('nodes', nodeRect(box, cell.removed ? 'muted' : 'plain', 8));
    boxText(scene, box, blocks[k]!, PAD_X, cell.removed);
  });
  return scene;
}

function placeName(scene: Scene, lines: string[], x: number, top: number): void {
  const text = textLines(lines, AXIS_LABEL, x, top, 'start');
  const width = Math.max(...lines.map((l) => widthPx(l, AXIS_LABEL)));
  scene.add('back', text.element);
  scene.fits.push({ x, y: top, width, height: lines.length * AXIS_LABEL.lineHeight, pad: 0, lines: text.placed });
}
