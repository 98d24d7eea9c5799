import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json' with { type: 'json' };
import vi from '../locales/vi.json' with { type: 'json' };
import { actorName, releaseName } from './release-name.js';

async function translator(lng: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { vi: { translation: vi }, en: { translation: en } } });
  return i18n.t;
}

describe("a release's name", () => {
  it("names what the server published in the UI's language and leaves typed names as typed", async () => {
    const vn = await translator('vi');
    const named = (origin: Parameters<typeof releaseName>[0]['origin'], name = 'machine name') =>
      releaseName({ name, origin }, vn);
    expect(named({ kind: 'shipped', forced: false })).toBe('Kịch bản và câu trả lời có sẵn');
    expect(named({ kind: 'shipped', forced: true })).toBe('Kịch bản và câu trả lời có sẵn (nạp lại)');
    const help = { kind: 'flow', flowId: 'help', title: 'Liên hệ và trợ giúp', version: 2, rollback: false } as const;
    expect(named(help)).toBe('Xuất bản kịch bản Liên hệ và trợ giúp, phiên bản 2');
    expect(named({ ...help, version: 1, rollback: true })).toBe('Quay lại kịch bản Liên hệ và trợ giúp, phiên bản 1');
    expect(named({ ...help, title: null })).toBe('Xuất bản kịch bản help, phiên bản 2');
    const smalltalk = { kind: 'texts', namespace: 'smalltalk', versions: [{ language: 'vi', version: 3 }] } as const;
    expect(named(smalltalk)).toBe('Xuất bản nhóm câu trả lời Trò chuyện xã giao (tiếng Việt, phiên bản 3)');
    expect(
      named({
        kind: 'texts',
        namespace: 'core',
        versions: [
          { language: 'vi', version: 4 },
          { language: 'en', version: 2 },
        ],
      }),
    ).toBe('Xuất bản nhóm câu trả lời Lời chào, trợ giúp và liên hệ (tiếng Việt, phiên bản 4; tiếng Anh, phiên bản 2)');
    // A namespace a province added keeps its code.
    expect(named({ ...smalltalk, namespace: 'tet' })).toBe('Xuất bản nhóm câu trả lời tet (tiếng Việt, phiên bản 3)');
    expect(named(null, 'Lời chào dịp Tết 2027')).toBe('Lời chào dịp Tết 2027');

    const english = await translator('en');
    expect(releaseName({ name: 'publish help v2', origin: help }, english)).toBe(
      'Published flow: Liên hệ và trợ giúp, version 2',
    );
    expect(releaseName({ name: 'x', origin: smalltalk }, english)).toBe(
      'Published texts: Small talk (Vietnamese, version 3)',
    );
  });

  it('names the server as its maker: built in for the shipped files, not "seed"', async () => {
    const vn = await translator('vi');
    expect(actorName('seed', vn)).toBe('Có sẵn khi cài đặt');
    expect(actorName('cli', vn)).toBe('Nạp từ dòng lệnh');
    expect(actorName(null, vn)).toBe('hệ thống');
    expect(actorName('approver@province.gov.vn', vn)).toBe('approver@province.gov.vn');
    expect(actorName('seed', await translator('en'))).toBe('Built in');
  });
});
