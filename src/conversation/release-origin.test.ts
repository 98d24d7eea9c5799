import { describe, expect, it } from 'vitest';
import { releaseOriginOf } from './release-origin.js';

describe("a release's origin", () => {
  it('is the one stored, whatever the name', () => {
    const stored = { kind: 'flow', flowId: 'help', title: 'Liên hệ và trợ giúp', version: 2, rollback: false };
    expect(releaseOriginOf({ stored, name: 'publish help v2', madeBeforeOrigins: false })).toEqual(stored);
    expect(
      releaseOriginOf({ stored: { kind: 'unknown' }, name: 'publish help v2', madeBeforeOrigins: true }),
    ).toBeNull();
  });

  it('is none for a release made since origins were stored that has none, however it is named: an editor typed it', () => {
    for (const typed of ['publish help v2', 'shipped flows and templates', 'publish templates vi/core v4'])
      expect(releaseOriginOf({ stored: null, name: typed, madeBeforeOrigins: false })).toBeNull();
  });

  it('is read from the name the server gave its releases before origins were stored; a typed name has none', () => {
    const older = (name: string) => releaseOriginOf({ stored: null, name, madeBeforeOrigins: true });
    expect(older('shipped flows and templates')).toEqual({ kind: 'shipped', forced: false });
    expect(older('shipped flows and templates (forced import)')).toEqual({
      kind: 'shipped',
      forced: true,
    });
    expect(older('publish help v2')).toEqual({
      kind: 'flow',
      flowId: 'help',
      title: null,
      version: 2,
      rollback: false,
    });
    expect(older('rollback of my_dossiers v1')).toMatchObject({
      flowId: 'my_dossiers',
      rollback: true,
    });
    expect(older('publish templates vi/smalltalk v3')).toEqual({
      kind: 'texts',
      namespace: 'smalltalk',
      versions: [{ language: 'vi', version: 3 }],
    });
    expect(older('publish templates vi/core v4, en/core v2')).toEqual({
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
      expect(older(typed)).toBeNull();
  });
});
