import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../../test/helpers/logger.js';
import { lazyChild } from './logger.js';

describe('lazyChild', () => {
  it('writes what a child writes: its bindings, serialised and redacted the same way', () => {
    const { logger, lines } = capturingLogger('info');
    const bindings = { eventKey: 'evt-1234567890123456789', phone: '0901234567', kind: 'text' };
    logger.child(bindings).info({ step: 'a' }, 'handled');
    lazyChild(logger, bindings).info({ step: 'a' }, 'handled');
    const [eager, lazy] = lines().map((line) => {
      const { time: _time, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return rest;
    });
    expect(lazy).toEqual(eager);
    expect(JSON.stringify(lazy)).not.toContain('0901234567');
    expect(JSON.stringify(lazy)).not.toContain('1234567890123456789');
  });

  it('drops lines below the level without making the child, and makes it for anything else', () => {
    const { logger, lines } = capturingLogger('warn');
    const lazy = lazyChild(logger, { eventId: 'e1' });
    lazy.debug('not written');
    lazy.info('not written');
    expect(lazy.isLevelEnabled('info')).toBe(false);
    expect(lines()).toEqual([]);
    lazy.child({ action: 'x' }).warn('written');
    expect(JSON.parse(lines()[0] ?? '{}')).toMatchObject({ eventId: 'e1', action: 'x', msg: 'written' });
  });
});
