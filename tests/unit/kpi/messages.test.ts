import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/kpi/messages.ts';

const start = { 'zh-CN': '期初客户数', en: 'Customers at start' };
const lost = { 'zh-CN': '流失客户数', en: 'Customers lost' };

describe('renderMessage', () => {
  it('names the fields by their labels in both languages', () => {
    expect(renderMessage('exceeds', { labels: [lost, start] })).toEqual({
      'zh-CN': '流失客户数不能大于期初客户数，请检查这两个数字。',
      en: 'Customers lost cannot exceed customers at start; check both numbers.',
    });
  });

  it('keeps acronyms capitalised inside an English sentence', () => {
    const dau = { 'zh-CN': '日活跃用户数（DAU）', en: 'DAU (daily active users)' };
    expect(renderMessage('missing', { labels: [dau] }).en).toBe('Enter a value for DAU (daily active users).');
    expect(renderMessage('missing', { labels: [start] }).en).toBe('Enter a value for customers at start.');
  });

  it('points at list positions', () => {
    expect(renderMessage('stageExceedsPrevious', { position: 3 }).en).toContain('Stage 3 cannot be larger than stage 2');
  });
});
