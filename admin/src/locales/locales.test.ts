import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

/** Every key of a nested resource, plural forms folded (vi has only `_other`, en `_one` and `_other`). */
function keys(resource: object, prefix = ''): string[] {
  return Object.entries(resource)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .map((key) => key.replace(/_(one|other)$/, ''))
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

/** Every text of a nested resource with its key. */
function texts(resource: object, prefix = ''): Array<[string, string]> {
  return Object.entries(resource).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'object' && value !== null
      ? texts(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

describe('the admin UI translations', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en)).toEqual(keys(vi));
  });

  it("say the Zalo OA's state as a state: connected, not connecting", () => {
    expect(vi.connections.zalo.state).toEqual({
      active: 'Đã kết nối',
      reconnect_required: 'Cần kết nối lại',
      not_connected: 'Chưa kết nối',
    });
    expect(en.connections.zalo.state.active).toBe('Connected');
  });

  it('tell an admin why their own account cannot lose its access, for each reason the server gives', () => {
    expect(vi.problemReason.ADMIN_OWN_ACCOUNT).toEqual({
      disable: 'Không thể tự khóa tài khoản của chính mình: nhờ một quản trị viên khác.',
      demote: 'Không thể tự bỏ vai trò Quản trị viên của chính mình: nhờ một quản trị viên khác.',
    });
    expect(vi.problem.ADMIN_OWN_ACCOUNT).toBeTruthy();
  });

  it('never say a word twice in a row ("Đã xuất bản bản mới nhất")', () => {
    const doubled = [...texts(vi), ...texts(en)].filter(([, text]) =>
      /(?<![\p{L}\p{N}])([\p{L}\p{N}]+) \1(?![\p{L}\p{N}])/iu.test(text),
    );
    expect(doubled).toEqual([]);
  });
});
