import { describe, expect, it } from 'vitest';
import { isInfrastructureError } from './infrastructure-errors.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isInfrastructureError', () => {
  it('recognises outages of PostgreSQL and Redis, also wrapped', () => {
    expect(isInfrastructureError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isInfrastructureError(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isInfrastructureError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureError(new Error('Connection is closed.'))).toBe(true);
    const wrapped = new Error('Failed query: select 1', {
      cause: withCode('the database system is starting up', '57P03'),
    });
    expect(isInfrastructureError(wrapped)).toBe(true);
    expect(isInfrastructureError(new AggregateError([withCode('x', 'ECONNREFUSED')]))).toBe(true);
  });

  it('leaves failures of the work itself alone', () => {
    expect(isInfrastructureError(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isInfrastructureError(withCode('invalid input syntax for type uuid', '22P02'))).toBe(false);
    expect(isInfrastructureError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isInfrastructureError('ECONNREFUSED')).toBe(false);
  });
});
