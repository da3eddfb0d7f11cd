import { describe, expect, it } from 'vitest';
import type { CalloutBlock, ChartBlock, QuizBlock } from '../../../src/content/types.ts';
import { bodyLine, compile } from './compile-helpers.ts';

const slide = (body: string) => `## 页 {#s}\n\n${body}\n`;
/** Line of the directive when it starts on line 3 of `slide(...)`. */
const DIRECTIVE_LINE = bodyLine(3);
const at = (rest: string) => `content/zh-CN/01-sample.md:${DIRECTIVE_LINE}:1 ${rest}`;

function quiz(attrs: string, body: string) {
  return compile(slide(`::::quiz{${attrs}}\n${body}\n::::`));
}

describe(':::notes', () => {
  it('becomes the slide notes, not a block', () => {
    const { chapter, messages } = compile(slide('正文\n\n:::notes\n讲解要点\n:::'));
    expect(messages).toEqual([]);
    expect(chapter?.slides[0]?.face).toHaveLength(1);
    expect(JSON.stringify(chapter?.slides[0]?.notes)).toContain('讲解要点');
  });

  it('rejects a second notes block, empty notes and directives inside notes', () => {
    const { messages } = compile(slide(':::notes\n一\n:::\n\n:::notes\n二\n:::\n\n:::notes\n:::'));
    expect(messages.map((m) => m.ruleId)).toEqual(['slide-empty', 'notes-duplicate', 'notes-duplicate']);
    const nested = compile(slide('正文\n\n::::notes\n::chart{data=x type=bar}\n::::'));
    expect(nested.messages.map((m) => m.ruleId)).toContain('directive-misplaced');
  });
});

describe(':::callout', () => {
  it('holds prose and nested blocks with a tone and title', () => {
    const { chapter, messages } = compile(slide(':::callout{type=case title="美团案例"}\n平台连接商家与消费者。\n:::'));
    expect(messages).toEqual([]);
    const block = chapter?.slides[0]?.face[0] as CalloutBlock;
    expect(block).toMatchObject({ type: 'callout', tone: 'case', title: '美团案例' });
    expect(block.blocks[0]?.type).toBe('prose');
  });

  it('names unknown types and attributes', () => {
    expect(compile(slide(':::callout{type=info}\nx\n:::')).formatted).toContain(
      at('callout "type" must be one of tip, warning, case [callout-invalid-attribute]'),
    );
    expect(compile(slide(':::callout{type=tip colour=red}\nx\n:::')).formatted).toContain(
      at('callout has unknown attribute "colour"; expected type, title [callout-unknown-attribute]'),
    );
  });
});

describe('::calculator', () => {
  it('validates kind and presets against the KPI registry', () => {
    const { chapter, messages } = compile(slide('::calculator{kind=retention_rate_period start_customers=1000 end_customers=1000 new_customers=150}'));
    expect(messages).toEqual([]);
    expect(chapter?.slides[0]?.face[0]).toEqual({
      type: 'calculator',
      kind: 'retentionRatePeriod',
      presets: { startCustomers: 1000, endCustomers: 1000, newCustomers: 150 },
    });
  });

  it('parses lists and flags', () => {
    const { chapter } = compile(slide('::calculator{kind=funnel_overall_conversion stages="10000,3200,1440,360"}\n\n::depth\n\n::calculator{kind=improvement_pct before=48 after=24 lower_is_better=true}'));
    const blocks = [...(chapter?.slides[0]?.face ?? []), ...(chapter?.slides[0]?.depth ?? [])];
    expect(blocks.map((b) => (b.type === 'calculator' ? b.presets : null))).toEqual([
      { stages: [10000, 3200, 1440, 360] },
      { before: 48, after: 24, lowerIsBetter: true },
    ]);
  });

  it('reports an unknown kind, an unknown input, a bad value and a missing kind', () => {
    expect(compile(slide('::calculator{kind=happiness}')).formatted[0]).toMatch(/^.*:\d+:1 unknown calculator kind "happiness"; expected one of retention_rate_period, /);
    expect(compile(slide('::calculator{kind=churn_rate lost=5}')).formatted).toContain(
      at('calculator "churn_rate" has no input "lost"; its inputs are start_customers, lost_customers [calculator-unknown-input]'),
    );
    expect(compile(slide('::calculator{kind=churn_rate start_customers=many}')).formatted).toContain(
      at('calculator "churn_rate": start_customers="many" must be a number [calculator-invalid-preset]'),
    );
    expect(compile(slide('::calculator{start_customers=1}')).messages[0]?.ruleId).toBe('calculator-missing-kind');
  });
});

describe('::chart', () => {
  const csv = '月份,留存率,转化率\n1月,80,3.5\n2月,82,3.9\n';

  it('inlines the data table', () => {
    const { chapter, messages } = compile(slide('::chart{data=dash type=line title="趋势" unit="%"}'), { dash: csv });
    expect(messages).toEqual([]);
    expect(chapter?.slides[0]?.face[0] as ChartBlock).toEqual({
      type: 'chart',
      chartType: 'line',
      title: '趋势',
      unit: '%',
      columns: ['月份', '留存率', '转化率'],
      rows: [
        ['1月', 80, 3.5],
        ['2月', 82, 3.9],
      ],
    });
  });

  it('reports missing data, bad numbers at their line in the data file, and funnel shape', () => {
    expect(compile(slide('::chart{data=none type=bar}')).formatted).toContain(
      at('chart data "none" not found; expected content/data/none.csv or .json [chart-data-missing]'),
    );
    const bad = compile(slide('::chart{data=dash type=bar}'), { dash: '月份,值\n1月,80\n2月,很多\n' });
    expect(bad.formatted).toContain('content/data/dash.csv:3:1 "很多" is not a number [chart-data-number]');
    const funnel = compile(slide('::chart{data=dash type=funnel}'), { dash: csv });
    expect(funnel.messages[0]?.ruleId).toBe('chart-funnel-columns');
  });
});

describe('::::quiz', () => {
  it('compiles a single-choice quiz with options, explanation and objective', () => {
    const { chapter, messages } = quiz('#q-one type=single objective=know', '问题?\n\n- [ ] 错\n- [x] 对\n\n:::explain\n因为。\n:::');
    expect(messages).toEqual([]);
    const block = chapter?.slides[0]?.face[0] as QuizBlock;
    expect(block).toMatchObject({ type: 'quiz', kind: 'single', id: 'q-one', objective: 'know', shuffle: true });
    expect(block.kind === 'single' && block.options.map((o) => [o.id, o.correct])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(JSON.stringify(block.explain)).toContain('因为');
  });

  it('compiles every type', () => {
    const kinds = [
      quiz('#q-m type=multiple partial=true', '选出?\n\n- [x] 甲\n- [x] 乙\n- [ ] 丙'),
      quiz('#q-t type=truefalse answer=false', '对吗?'),
      quiz('#q-n type=numeric answer=3.6 tolerance=0.05 unit="%"', '多少?'),
      quiz('#q-s type=numeric answer=15 unit="%" signed=either', '下降了多少?'),
      quiz('#q-o type=order shuffle=false', '排序:\n\n1. 拉新\n2. 促活\n3. 转化'),
    ].map((r) => {
      expect(r.messages).toEqual([]);
      return r.chapter?.slides[0]?.face[0];
    });
    expect(kinds).toMatchObject([
      { kind: 'multiple', partialCredit: true },
      { kind: 'truefalse', answer: false },
      { kind: 'numeric', answer: 3.6, tolerance: 0.05, unit: '%' },
      { kind: 'numeric', answer: 15, eitherSign: true },
      { kind: 'order', shuffle: false, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    ]);
  });

  it.each([
    ['#q-x type=single', '问?\n\n- [ ] 甲\n- [ ] 乙', 'quiz "q-x" has no correct option; mark the right one with - [x] [quiz-no-correct-option]'],
    ['#q-x type=single', '问?\n\n- [x] 甲\n- [x] 乙', 'quiz "q-x" is type=single but has 2 correct options; mark one, or use type=multiple [quiz-single-several-correct]'],
    ['#q-x type=numeric', '多少?', 'quiz "q-x" is type=numeric but has no answer= [quiz-numeric-missing-answer]'],
    ['#q-x type=truefalse', '对吗?', 'quiz "q-x" is type=truefalse but has no answer=true or answer=false [quiz-truefalse-missing-answer]'],
    ['#q-x type=essay', '写?', 'quiz "q-x" has type=essay; expected type=single|multiple|truefalse|numeric|order [quiz-invalid-type]'],
    ['type=single', '问?\n\n- [x] 甲\n- [ ] 乙', 'quiz has no id; write it as ::::quiz{#q-some-name type=single} [quiz-missing-id]'],
    ['#q-x type=single colour=red', '问?\n\n- [x] 甲\n- [ ] 乙', 'quiz "q-x" has unknown attribute "colour"; expected id, objective, shuffle, type [quiz-unknown-attribute]'],
    ['#q-x type=single answer=3', '问?\n\n- [x] 甲\n- [ ] 乙', 'quiz "q-x" has unknown attribute "answer"; expected id, objective, shuffle, type [quiz-unknown-attribute]'],
    ['#q-x type=single objective=nope', '问?\n\n- [x] 甲\n- [ ] 乙', 'quiz "q-x" points at objective "nope", which the frontmatter does not define (objectives: know) [quiz-unknown-objective]'],
    ['#q-x type=single', '- [x] 甲\n- [ ] 乙', 'quiz "q-x" has no question text before its answers [quiz-missing-prompt]'],
    ['#q-x type=single', '问?', 'quiz "q-x" needs a task list of options (- [x] right, - [ ] wrong) [quiz-missing-options]'],
    ['#bad type=single', '问?\n\n- [x] 甲\n- [ ] 乙', 'quiz "bad" "id" must start with "q-" followed by lowercase letters, digits and dashes [quiz-invalid-attribute]'],
  ])('reports %s with its line', (attrs, body, message) => {
    expect(quiz(attrs, body).formatted).toContain(at(message));
  });

  it('reports an order quiz with fewer than 2 items at the list', () => {
    const { formatted } = quiz('#q-x type=order', '排序:\n\n1. 只有一项');
    expect(formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(6)}:1 quiz "q-x" is type=order but has 1 item; it needs at least 2 [quiz-order-too-few-items]`);
  });

  it('reports options that are not task items and duplicate quiz ids in a chapter', () => {
    expect(quiz('#q-x type=single', '问?\n\n- [x] 甲\n- 乙').messages[0]?.ruleId).toBe('quiz-option-not-task');
    const twice = compile(slide('::::quiz{#q-d type=truefalse answer=true}\n甲?\n::::\n\n::::quiz{#q-d type=truefalse answer=true}\n乙?\n::::'));
    expect(twice.formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(7)}:1 quiz id "q-d" is already used at line ${bodyLine(3)} [quiz-duplicate-id]`);
  });
});

describe('unknown and misplaced directives', () => {
  it('names the directive and what is allowed', () => {
    expect(compile(slide('::video{src=x}')).formatted).toContain(
      at('unknown directive "::video"; expected one of notes, depth, quiz, explain, callout, calculator, chart, diagram [directive-unknown]'),
    );
    expect(compile(slide(':::explain\n孤立的解释\n:::')).messages[0]?.ruleId).toBe('directive-misplaced');
    expect(compile(slide('::notes')).messages[0]?.ruleId).toBe('directive-wrong-form');
    expect(compile(slide('::::callout{type=tip}\n::::quiz{#q-c type=truefalse answer=true}\n?\n::::\n::::')).messages.map((m) => m.ruleId)).toContain(
      'directive-misplaced',
    );
  });
});
