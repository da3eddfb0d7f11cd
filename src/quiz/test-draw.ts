import { randomFor, shuffledIndices } from './shuffle.ts';

/** What the draw needs of a bank question. */
export interface BankQuestion {
  id: string;
  objective: string | null;
}

/** The salt that keeps a test's draw apart from the option order of its questions (same seed). */
const DRAW_SALT = 'chapter-test-draw';

/**
 * The questions one attempt asks, in bank order: `size` questions drawn for `seed`, one objective
 * at a time in a shuffled round so that every objective is tested before any is tested twice.
 * Deterministic: the learner's device and the server draw the same questions for the same seed.
 */
export function drawTest(bank: readonly BankQuestion[], seed: number, size: number): string[] {
  const random = randomFor(DRAW_SALT, seed);
  const groups = new Map<string, BankQuestion[]>();
  for (const question of bank) {
    const key = question.objective ?? '';
    groups.set(key, [...(groups.get(key) ?? []), question]);
  }
  const pools = [...groups.values()].map((questions) => shuffledIndices(questions.length, random).map((index) => questions[index]!));
  const rounds = shuffledIndices(pools.length, random).map((index) => pools[index]!);
  const drawn = new Set<string>();
  const wanted = Math.min(size, bank.length);
  for (let depth = 0; drawn.size < wanted; depth++) {
    for (const pool of rounds) {
      const question = pool[depth];
      if (question && drawn.size < wanted) drawn.add(question.id);
    }
  }
  return bank.filter((question) => drawn.has(question.id)).map((question) => question.id);
}
