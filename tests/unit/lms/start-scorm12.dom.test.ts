import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { course } from '../../../src/course/course.ts';
import { judgeCourse } from '../../../src/lms/course-record.ts';
import { openScorm12Launch, type Scorm12Launch } from '../../../src/lms/scorm12/launch.ts';
import { startScorm12 } from '../../../src/lms/scorm12/start-scorm12.ts';
import { decodeSnapshot, encodeSuspendData } from '../../../src/lms/suspend-data.ts';
import { emptyProgress } from '../../../src/progress/progress-data.ts';
import { useProgressStore } from '../../../src/progress/progress-store.ts';
import { fakeClock, progress } from './lms-fixtures.ts';
import { committedCmi, scormAgainLms, type TestLms } from './scorm-again-lms.ts';

const [first, second] = course.chapters as [(typeof course.chapters)[number], (typeof course.chapters)[number]];
const T = 1_700_000_000_000;
const win = window as Window & { API?: unknown };

function open(lms: TestLms | undefined): Scorm12Launch {
  win.API = lms;
  return openScorm12Launch(window, course, () => 0.5);
}

function launch(lms: TestLms) {
  const opened = open(lms);
  if (opened.kind !== 'connected') throw new Error(opened.kind);
  const time = fakeClock(T + 3_600_000);
  const session = startScorm12({ window, launch: opened, store: useProgressStore, manifest: course, loadChapter: async () => ({ test: [], readingSpanMs: 0 }), clock: time.clock });
  return { session, time, opened };
}

/** What an earlier session of attempt `att` left in the LMS: the first chapter read to its second slide. */
function savedLms(studentId = 'learner-1', attempt = 'earlier1') {
  const earlier = progress(
    { [first.id]: { seen: { [first.slideIds[0]!]: T, [first.slideIds[1]!]: T } } },
    { chapterId: first.id, slideId: first.slideIds[1]!, at: T },
  );
  return scormAgainLms({
    suspend_data: encodeSuspendData(earlier, course, judgeCourse(earlier, { manifest: course, facts: new Map(), held: [] }), attempt),
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

describe('openScorm12Launch', () => {
  it('finds no LMS outside one, and tells a refused session apart', () => {
    expect(open(undefined)).toEqual({ kind: 'missing' });
    const lms = scormAgainLms();
    vi.mocked(lms.LMSInitialize).mockReturnValue('false');
    expect(open(lms)).toEqual({ kind: 'refused' });
  });

  it('keys the browser’s progress by course, learner and attempt: a new attempt gets a new key', () => {
    const fresh = open(scormAgainLms({ core: { student_id: 'ana@example', entry: 'ab-initio' } }));
    expect(fresh).toMatchObject({ kind: 'connected', mode: 'normal', attempt: 'iiiiiiii', held: null });
    expect(fresh.kind === 'connected' && fresh.storageScope).toBe(`lms:${course.courseId}:ana%40example:iiiiiiii`);
    const resumed = open(savedLms('ana@example', 'earlier1'));
    expect(resumed.kind === 'connected' && resumed.storageScope).toBe(`lms:${course.courseId}:ana%40example:earlier1`);
    const review = open(scormAgainLms({ core: { student_id: 'ana', lesson_mode: 'review' } }));
    expect(review.kind === 'connected' && review.storageScope).toMatch(/:review$/);
  });
});

describe('startScorm12', () => {
  it('resumes: merges the LMS’s record into the local one, opens at the bookmark, reports from there', async () => {
    const localSlide = second.slideIds[0]!;
    useProgressStore.setState({
      chapters: { [second.id]: { seen: { [localSlide]: T + 60_000 }, attempts: [], completedAt: null } },
      lastPosition: { chapterId: second.id, slideId: localSlide, at: T + 60_000 },
    });
    const lms = savedLms();
    const { session, time } = launch(lms);
    expect(window.location.hash).toBe(`#/learn/${first.id}/${first.slideIds[1]}`);
    await session.ready;

    const state = useProgressStore.getState();
    expect(Object.keys(state.chapters[first.id]!.seen).sort()).toEqual([first.slideIds[0], first.slideIds[1]].sort());
    expect(state.chapters[second.id]!.seen).toEqual({ [localSlide]: T + 60_000 });
    expect(state.lastPosition).toEqual({ chapterId: second.id, slideId: localSlide, at: T + 60_000 });
    time.advance(0);
    const cmi = committedCmi(lms);
    expect(cmi.core.lesson_location).toBe(`${second.id}/${localSlide}`);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(decodeSnapshot(cmi.suspend_data, course)?.attempt).toBe('earlier1');
  });

  it('keeps a route the LMS launched with', async () => {
    window.history.replaceState(null, '', '/#/progress');
    const { session } = launch(savedLms());
    expect(window.location.hash).toBe('#/progress');
    await session.ready;
  });

  it('reports what the learner does, and finishes when the page goes', async () => {
    const lms = scormAgainLms();
    const { session, time } = launch(lms);
    await session.ready;
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

  it('ignores suspend_data it cannot read', async () => {
    const lms = scormAgainLms({ suspend_data: '{"from":"another course"}' });
    const { session, opened } = launch(lms);
    expect(opened.held).toBeNull();
    await session.ready;
    expect(useProgressStore.getState().chapters).toEqual({});
    expect(committedCmi(lms).core.lesson_status).toBe('incomplete');
  });
});
