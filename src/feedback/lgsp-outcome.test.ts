import { describe, expect, it } from 'vitest';
import { takesLgspOutcome } from './feedback-watch.js';
import type { FeedbackTicketRow } from './schema.js';
import { keepsPolling } from './ticket-store.js';

type Ticket = Pick<FeedbackTicketRow, 'status' | 'answer' | 'lgspStatus' | 'lgspAnswer'>;
const ticket = (fields: Partial<Ticket>): Ticket => ({
  status: 'forwarded',
  answer: null,
  lgspStatus: null,
  lgspAnswer: null,
  ...fields,
});

describe("the LGSP's outcome, when officials here wrote nothing back to it", () => {
  it('moves a ticket whose status only mirrors the LGSP, as it always did', () => {
    expect(takesLgspOutcome(ticket({}), { status: 'processing', answer: null })).toBe(true);
    expect(takesLgspOutcome(ticket({}), { status: 'received', answer: null })).toBe(false);
    expect(takesLgspOutcome(ticket({ status: 'processing' }), { status: 'answered', answer: 'Đã sửa.' })).toBe(true);
  });

  it('after an official answered here: the LGSP answering otherwise is taken, its progress alone is not', () => {
    const answered = ticket({ status: 'answered', answer: 'Phường sẽ sửa.', lgspStatus: 'received' });
    expect(takesLgspOutcome(answered, { status: 'processing', answer: null })).toBe(false);
    expect(takesLgspOutcome(answered, { status: 'answered', answer: 'Sở đã sửa.' })).toBe(true);
    expect(takesLgspOutcome(answered, { status: 'rejected', answer: null })).toBe(true);
  });

  it('a reopened ticket takes a new outcome, not the one the citizen already found wanting', () => {
    const reopened = ticket({ status: 'reopened', answer: 'Đã sửa.', lgspStatus: 'answered', lgspAnswer: 'Đã sửa.' });
    expect(takesLgspOutcome(reopened, { status: 'answered', answer: 'Đã sửa.' })).toBe(false);
    expect(takesLgspOutcome(reopened, { status: 'answered', answer: 'Đã thay cả cột đèn.' })).toBe(true);
    expect(takesLgspOutcome(reopened, { status: 'rejected', answer: null })).toBe(true);
  });

  it('a ticket settled here before the LGSP was asked again only records what it says: no old outcome replayed', () => {
    const reopened = ticket({ status: 'reopened', answer: 'Đã sửa.' });
    expect(takesLgspOutcome(reopened, { status: 'answered', answer: 'Đã sửa.' })).toBe(false);
    expect(takesLgspOutcome(ticket({ status: 'reopened' }), { status: 'rejected', answer: null })).toBe(false);
    expect(takesLgspOutcome(ticket({ status: 'closed', answer: 'Đã sửa.' }), { status: 'answered', answer: 'X' })).toBe(
      false,
    );
  });

  it('keeps asking while the LGSP may change it or the ticket is open here; never before it is at the LGSP', () => {
    const at = (lgspStatus: FeedbackTicketRow['lgspStatus']) => ({ lgspId: 'PA-2026-000001', lgspStatus });
    expect(keepsPolling(at(null), 'answered')).toBe(true);
    expect(keepsPolling(at('processing'), 'rejected')).toBe(true);
    expect(keepsPolling(at('answered'), 'answered')).toBe(false);
    expect(keepsPolling(at('answered'), 'closed')).toBe(false);
    expect(keepsPolling(at('answered'), 'reopened')).toBe(true);
    expect(keepsPolling({ lgspId: null, lgspStatus: null }, 'forwarded')).toBe(false);
  });
});
