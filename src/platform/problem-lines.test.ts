import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { problemLines } from './problem-lines.js';

describe('problemLines', () => {
  it('names where each listed problem is, whatever its shape', () => {
    const error = new AppError('RELEASE_INVALID', 422, 'The release does not validate as a whole', {
      details: {
        problems: [
          { kind: 'unknown_step', flowId: 'feedback', step: 'ask_photos', message: 'next: no step "nowhere"' },
          { kind: 'unknown_placeholder', flowId: 'help', key: 'common:help', language: 'en', message: 'no {{x}}' },
          'LGSP_BASE_URL is not a URL',
          { code: 42 },
        ],
      },
    });
    expect(problemLines(error)).toEqual([
      'The release does not validate as a whole',
      'feedback.ask_photos: next: no step "nowhere"',
      'help common:help (en): no {{x}}',
      'LGSP_BASE_URL is not a URL',
      '{"code":42}',
    ]);
  });

  it('is the message alone when nothing is listed', () => {
    expect(problemLines(new AppError('X', 500, 'Something failed'))).toEqual(['Something failed']);
  });
});
