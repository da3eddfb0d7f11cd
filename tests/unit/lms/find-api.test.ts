import { describe, expect, it } from 'vitest';
import type { Scorm12Api } from '../../../src/lms/scorm12/api.ts';
import { findScorm12Api, MAX_PARENT_DEPTH, type WindowLike } from '../../../src/lms/scorm12/find-api.ts';

function fakeApi(): Scorm12Api {
  const ok = () => 'true';
  return {
    LMSInitialize: ok,
    LMSFinish: ok,
    LMSGetValue: () => '',
    LMSSetValue: ok,
    LMSCommit: ok,
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
}

interface FakeWindow {
  API?: unknown;
  parent: FakeWindow;
  opener: FakeWindow | null;
}

/** A top window (its own parent, as in browsers) and `depth` frames nested in it; returns the innermost. */
function nested(depth: number, top: Partial<FakeWindow> = {}): { inner: FakeWindow; chain: FakeWindow[] } {
  const root = { opener: null, ...top } as FakeWindow;
  root.parent = root;
  const chain = [root];
  for (let i = 0; i < depth; i++) chain.unshift({ parent: chain[0]!, opener: null });
  return { inner: chain[0]!, chain };
}

/** A window of another origin: reading its API throws, as browsers do. */
function foreign(parent: FakeWindow): FakeWindow {
  return {
    get API(): unknown {
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
    parent,
    opener: null,
  };
}

describe('findScorm12Api', () => {
  it('finds the API on the window itself', () => {
    const api = fakeApi();
    const { inner } = nested(0, { API: api });
    expect(findScorm12Api(inner)).toBe(api);
  });

  it('finds it on a parent, the nearest first', () => {
    const far = fakeApi();
    const near = fakeApi();
    const { inner, chain } = nested(3, { API: far });
    expect(findScorm12Api(inner)).toBe(far);
    chain[2]!.API = near;
    expect(findScorm12Api(inner)).toBe(near);
  });

  it(`looks up to ${MAX_PARENT_DEPTH} parents and no further`, () => {
    expect(findScorm12Api(nested(MAX_PARENT_DEPTH, { API: fakeApi() }).inner)).not.toBeNull();
    expect(findScorm12Api(nested(MAX_PARENT_DEPTH + 1, { API: fakeApi() }).inner)).toBeNull();
  });

  it('then looks in the window that opened this one, and its parents', () => {
    const api = fakeApi();
    const lms = nested(2, { API: api });
    const popup = nested(0, { opener: lms.inner });
    expect(findScorm12Api(popup.inner)).toBe(api);
    const framedPopup = nested(1, { opener: lms.chain[1]! });
    expect(findScorm12Api(framedPopup.inner)).toBe(api);
  });

  it('passes over frames of another origin', () => {
    const api = fakeApi();
    const { chain } = nested(1, { API: api });
    const inner: FakeWindow = { parent: foreign(chain[0]!), opener: null };
    expect(findScorm12Api(inner)).toBe(api);
  });

  it('survives windows whose parent or opener cannot be read', () => {
    const hostile = {
      get parent(): WindowLike {
        throw new Error('no');
      },
      get opener(): WindowLike {
        throw new Error('no');
      },
    };
    expect(findScorm12Api(hostile)).toBeNull();
  });

  it('is null outside an LMS, and for an API missing its functions', () => {
    expect(findScorm12Api(nested(2).inner)).toBeNull();
    expect(findScorm12Api(nested(0, { API: { LMSInitialize: () => 'true' } }).inner)).toBeNull();
    expect(findScorm12Api(nested(0, { API: 'API' }).inner)).toBeNull();
  });
});
