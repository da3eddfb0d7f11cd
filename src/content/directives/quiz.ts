import type { List, ListItem, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { ChoiceOption, HastRoot, OrderItem, QuizBlock } from '../types.ts';
import type { CompileContext } from '../context.ts';
import { phrasingToHast, proseToHast } from '../prose.ts';
import { QUIZ_TYPES, quizAttributeSchemas, type QuizType } from '../schemas.ts';
import { isDirectiveLabel, parseAttributes, rawAttributes } from './attributes.ts';

/** `::::quiz{#q-id type=…}`: question text, answer (task list, ordered list or attribute), `:::explain`. */
export function compileQuiz(node: ContainerDirective, ctx: CompileContext): QuizBlock | null {
  const { sink } = ctx;
  const attributes = rawAttributes(node);
  const subject = attributes.id ? `quiz "${attributes.id}"` : 'quiz';
  const type = attributes.type as QuizType | undefined;
  if (!type || !QUIZ_TYPES.includes(type)) {
    const got = type ? `type=${type}` : 'no type';
    sink.error('quiz-invalid-type', `${subject} has ${got}; expected type=${QUIZ_TYPES.join('|')}`, node.position);
    return null;
  }
  if (!attributes.id) {
    sink.error('quiz-missing-id', `quiz has no id; write it as ::::quiz{#q-some-name type=${type}}`, node.position);
    return null;
  }
  const attrs = parseAttributes(node, quizAttributeSchemas[type], sink, subject, attributes);
  if (!attrs) return null;
  const id = attrs.id;

  if (attrs.objective && ctx.objectiveIds && !ctx.objectiveIds.has(attrs.objective)) {
    const known = [...ctx.objectiveIds].join(', ');
    sink.error('quiz-unknown-objective', `${subject} points at objective "${attrs.objective}", which the frontmatter does not define (objectives: ${known})`, node.position);
  }
  const previous = ctx.quizPlaces.get(id);
  if (previous) {
    sink.error('quiz-duplicate-id', `quiz id "${id}" is already used at line ${previous.line}`, node.position);
  } else if (node.position) {
    ctx.quizPlaces.set(id, { line: node.position.start.line, column: node.position.start.column });
  }

  const parts = splitQuizChildren(node, ctx, subject);
  if (parts.prompt.length === 0) {
    sink.error('quiz-missing-prompt', `${subject} has no question text before its answers`, node.position);
  }
  const common = {
    type: 'quiz' as const,
    id,
    objective: attrs.objective ?? null,
    prompt: proseToHast(parts.prompt),
    explain: parts.explain,
    shuffle: attrs.shuffle ?? true,
  };

  switch (attrs.type) {
    case 'single':
    case 'multiple': {
      const options = choiceOptions(parts.lists, ctx, subject, node);
      if (!options) return null;
      const correct = options.filter((o) => o.correct).length;
      if (correct === 0) {
        sink.error('quiz-no-correct-option', `${subject} has no correct option; mark the right one with - [x]`, node.position);
        return null;
      }
      if (attrs.type === 'single') {
        if (correct > 1) {
          sink.error('quiz-single-several-correct', `${subject} is type=single but has ${correct} correct options; mark one, or use type=multiple`, node.position);
          return null;
        }
        return { ...common, kind: 'single', options };
      }
      return { ...common, kind: 'multiple', options, partialCredit: attrs.partial ?? false };
    }
    case 'truefalse':
      if (parts.lists.length > 0) sink.error('quiz-unexpected-list', `${subject} is type=truefalse; give answer=true or answer=false instead of a list`, parts.lists[0]!.position);
      if (attrs.answer === undefined) {
        sink.error('quiz-truefalse-missing-answer', `${subject} is type=truefalse but has no answer=true or answer=false`, node.position);
        return null;
      }
      return { ...common, kind: 'truefalse', answer: attrs.answer };
    case 'numeric':
      if (parts.lists.length > 0) sink.error('quiz-unexpected-list', `${subject} is type=numeric; give answer= instead of a list`, parts.lists[0]!.position);
      if (attrs.answer === undefined) {
        sink.error('quiz-numeric-missing-answer', `${subject} is type=numeric but has no answer=`, node.position);
        return null;
      }
      return {
        ...common,
        kind: 'numeric',
        answer: attrs.answer,
        tolerance: attrs.tolerance ?? 0,
        unit: attrs.unit ?? null,
        ...(attrs.signed === 'either' ? { eitherSign: true } : {}),
      };
    case 'order': {
      const items = orderItems(parts.lists, ctx, subject, node);
      return items ? { ...common, kind: 'order', items } : null;
    }
  }
}

interface QuizParts {
  prompt: RootContent[];
  lists: List[];
  explain: HastRoot | null;
}

function splitQuizChildren(node: ContainerDirective, ctx: CompileContext, subject: string): QuizParts {
  const parts: QuizParts = { prompt: [], lists: [], explain: null };
  for (const child of node.children) {
    if (isDirectiveLabel(child)) {
      ctx.sink.error('quiz-label', `${subject}: write the question below the directive line, not in [brackets]`, child.position);
    } else if (child.type === 'list') {
      parts.lists.push(child);
    } else if (child.type === 'containerDirective' && child.name === 'explain') {
      if (parts.explain) ctx.sink.error('quiz-duplicate-explain', `${subject} has more than one :::explain`, child.position);
      if (Object.keys(child.attributes ?? {}).length > 0) ctx.sink.error('explain-unknown-attribute', ':::explain takes no attributes', child.position);
      const inner = child.children.filter((c) => !isDirectiveLabel(c));
      if (inner.some((c) => c.type.endsWith('Directive'))) {
        ctx.sink.error('directive-misplaced', `${subject}: :::explain may hold only text`, child.position);
      }
      parts.explain = proseToHast(inner.filter((c) => !c.type.endsWith('Directive')));
    } else if (child.type === 'containerDirective' || child.type === 'leafDirective') {
      ctx.sink.error('directive-misplaced', `${subject} may contain only its question, answers and :::explain, not ${child.type === 'leafDirective' ? '::' : ':::'}${child.name}`, child.position);
    } else if (parts.lists.length > 0) {
      ctx.sink.error('quiz-unexpected-content', `${subject}: put the question text before the answers; move the explanation into :::explain`, child.position);
    } else {
      parts.prompt.push(child);
    }
  }
  return parts;
}

function singleList(lists: List[], ctx: CompileContext, subject: string, node: ContainerDirective, what: string): List | null {
  if (lists.length === 0) {
    ctx.sink.error('quiz-missing-options', `${subject} needs ${what}`, node.position);
    return null;
  }
  if (lists.length > 1) ctx.sink.error('quiz-several-lists', `${subject} has ${lists.length} lists; keep its answers in one`, lists[1]!.position);
  return lists[0]!;
}

function choiceOptions(lists: List[], ctx: CompileContext, subject: string, node: ContainerDirective): ChoiceOption[] | null {
  const list = singleList(lists, ctx, subject, node, 'a task list of options (- [x] right, - [ ] wrong)');
  if (!list) return null;
  const untagged = list.children.find((item) => typeof item.checked !== 'boolean');
  if (untagged) {
    ctx.sink.error('quiz-option-not-task', `${subject}: every option must start with - [x] (right) or - [ ] (wrong)`, untagged.position);
    return null;
  }
  if (list.children.length < 2) {
    ctx.sink.error('quiz-too-few-options', `${subject} needs at least 2 options`, list.position);
    return null;
  }
  return list.children.map((item, index) => ({ id: optionId(index), content: itemContent(item), correct: item.checked === true }));
}

function orderItems(lists: List[], ctx: CompileContext, subject: string, node: ContainerDirective): OrderItem[] | null {
  const list = singleList(lists, ctx, subject, node, 'an ordered list (1. 2. 3.) of items in the right order');
  if (!list) return null;
  if (!list.ordered) {
    ctx.sink.error('quiz-order-not-ordered', `${subject} is type=order; write its items as an ordered list (1. 2. 3.)`, list.position);
    return null;
  }
  if (list.children.length < 2) {
    ctx.sink.error('quiz-order-too-few-items', `${subject} is type=order but has ${list.children.length} item; it needs at least 2`, list.position);
    return null;
  }
  return list.children.map((item, index) => ({ id: optionId(index), content: itemContent(item) }));
}

function itemContent(item: ListItem): HastRoot {
  const [first, ...rest] = item.children;
  if (first?.type === 'paragraph' && rest.length === 0) return phrasingToHast(first.children);
  return proseToHast(item.children);
}

function optionId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index}`;
}
