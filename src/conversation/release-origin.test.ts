import { describe, expect, it } from 'vitest';
import { releaseOriginOf } from './release-origin.js';

describe("a release's origin", () => {
  it('is the one stored, whatever the name', () => {
    const stored = { kind: 'flow', flowId: 'help', title: 'Liên hệ và trợ giúp', version: 2, rollback: false };
    expect(releaseOriginOf(stored, 'publish help v2')).toEqual(stored);
    expect(releaseOriginOf({ kind: 'unknown' }, 'publish help v2')).toBeNull();
  });

  it('is read from the name the server gave its releases before origins were stored; a typed name has none', () => {
    expect(releaseOriginOf(null, 'shipped flows and templates')).toEqual({ kind: 'shipped', forced: false });
    expect(releaseOriginOf(null, 'shipped flows and templates (forced import)')).toEqual({
      kind: 'shipped',
      forced: true,
    });
    expect(releaseOriginOf(null, 'publish help v2')).toEqual({
      kind: 'flow',
      flowId: 'help',
      title: null,
      version: 2,
      rollback: false,
    });
    expect(releaseOriginOf(null, 'rollback of my_dossiers v1')).toMatchObject({
      flowId: 'my_dossiers',
      rollback: true,
    });
    expect(releaseOriginOf(null, 'publish templates vi/smalltalk v3')).toEqual({
      kind: 'texts',
      namespace: 'smalltalk',
      versions: [{ language: 'vi', version: 3 }],
    });
    expect(releaseOriginOf(null, 'publish templates vi/core v4, en/core v2')).toEqual({
      kind: 'texts',
      namespace: 'core',
      versions: [
        { language: 'vi', version: 4 },
        { language: 'en', version: 2 },
      ],
    });
    for (const typed of [
      'Lời chào dịp Tết 2027',
      'publish templates vi/core v4, en/lgsp v2',
      'publish templates fr/core v1',
    ])
      expect(releaseOriginOf(null, typed)).toBeNull();
  });
});
