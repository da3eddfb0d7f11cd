import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { course } from '../../../src/course/course.ts';
import { LEARNER_KEY } from '../../../src/lms/learner-guard.ts';
import { startScorm12 } from '../../../src/lms/scorm12/start-scorm12.ts';
import { encodeSuspendData } from '../../../src/lms/suspend-data.ts';
import { emptyProgress } from '../../../src/progress/progress-data.ts';
import { useProgressStore } from '../../../src/progress/progress-store.ts';
import { fakeClock, progress } from './lms-fixtures.ts';
import { committedCmi, scormAgainLms, type TestLms } from './scorm-again-lms.ts';

const [first, second] = course.chapters as [(typeof course.chapters)[number], (typeof course.chapters)[number]];
const T = 1_700_000_000_000;
const win = window as Window & { API?: unknown };

function launch(lms: TestLms | undefined) {
  win.API = lms;
  const time = fakeClock(T + 3_600_000);
  const session = startScorm12({ window, store: useProgressStore, manifest: course, loadQuizzes: async () => [], clock: time.clock });
  return { session, time };
}

/** What an earlier session left in the LMS: the first chapter read to its second slide. */
function savedLms(studentId = 'learner-1') {
  const earlier = progress(
    { [first.id]: { seen: { [first.slideIds[0]!]: T, [first.slideIds[1]!]: T } } },
    { chapterId: first.id, slideId: first.slideIds[1]!, at: T },
  );
  return scormAgainLms({
    suspend_data: encodeSuspendData(earlier, course),
    core: { student_id: studentId, entry: 'resume', lesson_status: 'incomplete', lesson_location: `${first.id}/${first.slideIds[1]}` },
  });
}

beforeEach(() => {
  useProgressStore.setState({ ...emptyProgress() });
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  delete win.API;
});

describe('startScorm12', () => {
  it('does nothing outside an LMS', () => {
    const before = useProgressStore.getState();
    expect(launch(undefined).session).toBeNull();
    expect(useProgressStore.getState()).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('does nothing when the LMS refuses to initialise', () => {
    const lms = scormAgainLms();
    vi.mocked(lms.LMSInitialize).mockReturnValue('false');
    expect(launch(lms).session).toBeNull();
  });

  it('resumes: merges the LMS’s progress into the local one, opens at the bookmark, reports from there', async () => {
    const localSlide = second.slideIds[0]!;
    useProgressStore.setState({
      chapters: { [second.id]: { seen: { [localSlide]: T + 60_000 }, attempts: [], completedAt: null } },
      lastPosition: { chapterId: second.id, slideId: localSlide, at: T + 60_000 },
    });
    const lms = savedLms();
    const { session, time } = launch(lms);
    expect(window.location.hash).toBe(`#/learn/${first.id}/${first.slideIds[1]}`);
    await session!.ready;

    const state = useProgressStore.getState();
    expect(Object.keys(state.chapters[first.id]!.seen).sort()).toEqual([first.slideIds[0], first.slideIds[1]].sort());
    expect(state.chapters[second.id]!.seen).toEqual({ [localSlide]: T + 60_000 });
    // The local position is newer than anything the LMS held: it stays, and becomes the bookmark.
    expect(state.lastPosition).toEqual({ chapterId: second.id, slideId: localSlide, at: T + 60_000 });
    time.advance(0);
    const cmi = committedCmi(lms);
    expect(cmi.core.lesson_location).toBe(`${second.id}/${localSlide}`);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.suspend_data).toBe(encodeSuspendData(state, course));
  });

  it('keeps a route the LMS launched with', async () => {
    window.history.replaceState(null, '', '/#/progress');
    const { session } = launch(savedLms());
    expect(window.location.hash).toBe('#/progress');
    await session!.ready;
  });

  it('reports what the learner does, and finishes when the page goes', async () => {
    const lms = scormAgainLms();
    const { session, time } = launch(lms);
    await session!.ready;
    time.advance(0);
    useProgressStore.getState().markSlideSeen(first.id, first.slideIds[0]!, T);
    useProgressStore.getState().setPosition(first.id, first.slideIds[0]!, T);
    expect(committedCmi(lms).core.lesson_location).toBe(`${first.id}/${first.slideIds[0]}`);

    const commits = vi.mocked(lms.LMSCommit).mock.calls.length;
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lms.LMSCommit).toHaveBeenCalledTimes(commits + 1);

    window.dispatchEvent(new Event('pagehide'));
    expect(lms.LMSFinish).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(lms.LMSFinish).toHaveBeenCalledTimes(1);
  });

  it('does not report progress another learner left in this browser', async () => {
    localStorage.setItem(LEARNER_KEY, 'learner-0');
    useProgressStore.setState({ chapters: { [second.id]: { seen: { [second.slideIds[0]!]: T }, attempts: [], completedAt: null } } });
    const { session } = launch(savedLms('learner-1'));
    await session!.ready;
    expect(Object.keys(useProgressStore.getState().chapters)).toEqual([first.id]);
    expect(localStorage.getItem(LEARNER_KEY)).toBe('learner-1');
  });

  it('ignores suspend_data it cannot read', async () => {
    const lms = scormAgainLms({ suspend_data: '{"from":"another course"}' });
    const { session } = launch(lms);
    await session!.ready;
    expect(useProgressStore.getState().chapters).toEqual({});
    expect(committedCmi(lms).core.lesson_status).toBe('incomplete');
  });
});
