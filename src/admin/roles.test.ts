import { describe, expect, it } from 'vitest';
import { adminRolesSchema, hasAnyRole, parseStoredRoles } from './roles.js';

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
