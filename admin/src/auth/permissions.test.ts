import { describe, expect, it } from 'vitest';
import { PERMISSIONS as SERVER_PERMISSIONS } from '../../../src/admin/roles.js';
import { hasPermission, PERMISSIONS } from './permissions.js';

describe('the admin UI permission table', () => {
  it('is the server table', () => {
    expect(PERMISSIONS).toEqual(SERVER_PERMISSIONS);
  });

  it('grants a permission through any held role', () => {
    expect(hasPermission(['official'], 'flows.read')).toBe(false);
    expect(hasPermission(['official', 'viewer'], 'flows.read')).toBe(true);
  });
});
