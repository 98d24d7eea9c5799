import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, adminRolesSchema, hasAnyRole, hasPermission, parseStoredRoles, PERMISSIONS } from './roles.js';

describe('hasAnyRole', () => {
  it('lets admin pass every check', () => {
    expect(hasAnyRole(['admin'], ['approver'])).toBe(true);
    expect(hasAnyRole(['admin'], ['viewer', 'editor'])).toBe(true);
  });
  it('needs one of the required roles otherwise', () => {
    expect(hasAnyRole(['viewer'], ['admin', 'viewer'])).toBe(true);
    expect(hasAnyRole(['editor'], ['approver'])).toBe(false);
    expect(hasAnyRole([], ['viewer'])).toBe(false);
  });
});

describe('roles parsing', () => {
  it('refuses unknown role names from API input', () => {
    expect(adminRolesSchema.safeParse(['superuser']).success).toBe(false);
  });
  it('removes duplicates', () => {
    expect(adminRolesSchema.parse(['viewer', 'editor', 'viewer'])).toEqual(['editor', 'viewer']);
  });
  it('ignores stored role names this version does not know', () => {
    expect(parseStoredRoles(['viewer', 'future-role'])).toEqual(['viewer']);
  });
});

describe('the permission table', () => {
  it('is the one in src/admin/README.md, tick for tick', async () => {
    const readme = await fs.readFile(new URL('./README.md', import.meta.url), 'utf8');
    const header = readme.split('\n').find((line) => line.startsWith('| Permission'));
    const columns = (header ?? '').split('|').map((cell) => cell.trim());
    const documented: Record<string, string[]> = {};
    for (const line of readme.split('\n')) {
      const cells = line.split('|').map((cell) => cell.trim());
      const permission = /^`([a-z.]+)`$/.exec(cells[1] ?? '')?.[1];
      if (!permission) continue;
      if (cells.length < 8 || !cells.slice(2, 7).every((cell) => cell === '' || cell === '✓')) continue;
      documented[permission] = ADMIN_ROLES.filter((role) => cells[columns.indexOf(role)] === '✓');
    }
    const coded = Object.fromEntries(Object.entries(PERMISSIONS).map(([name, roles]) => [name, [...roles]]));
    expect(documented).toEqual(coded);
  });

  it('grants a permission to a holder of any role that has it, and to nobody else', () => {
    expect(hasPermission(['approver'], 'flows.simulate')).toBe(true);
    expect(hasPermission(['viewer'], 'audit.read')).toBe(false);
    expect(hasPermission(['official', 'editor'], 'conversations.reply')).toBe(true);
    expect(hasPermission([], 'flows.read')).toBe(false);
  });
});
