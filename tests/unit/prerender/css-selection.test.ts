import { describe, expect, it } from 'vitest';
import { classNamesIn, sheetApplies } from '../../../src/prerender/css-selection.ts';

describe('classNamesIn', () => {
  it('collects every class of every element', () => {
    expect([...classNamesIn('<div class="a b"><p class=" c  a">x</p><span id="class"></span></div>')].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('sheetApplies', () => {
  const classes = new Set(['calculator-form', 'chart']);
  it('is true when one of the sheet’s class selectors names a class of the page', () => {
    expect(sheetApplies('.lesson{margin:0}.calculator-form input{width:100%}', classes)).toBe(true);
    expect(sheetApplies('@media (min-width:40em){div>.chart:hover{color:red}}', classes)).toBe(true);
  });
  it('is false for a sheet of a feature the page does not show', () => {
    expect(sheetApplies('.manage-table{width:100%}.live-poll{color:red}', classes)).toBe(false);
  });
  it('does not take numbers, strings or addresses for class names', () => {
    expect(sheetApplies('.x{width:0.5em;content:".chart";background:url(a.chart)}', classes)).toBe(false);
  });
});
