import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { transactionUsesTx } from './eslint-transaction-uses-tx.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const outerHandle = [{ messageId: 'outerHandle' }];

tester.run('transaction-uses-tx', transactionUsesTx, {
  valid: [
    'await db.transaction(async (tx) => { await tx.select().from(t); await store.find(tx, id); });',
    'await deps.db.transaction(async (tx) => { await record(tx, deps.sink); });',
    'await withTransaction(db, async (tx) => tx.delete(t));',
    // A parameter of the same name inside is not the outer handle.
    'await db.transaction(async (tx) => [1].map((db) => db + 1));',
    // Before and after the transaction, the handle is free to use.
    'await db.transaction(async (tx) => tx.insert(t)); await db.select().from(t);',
  ],
  invalid: [
    { code: 'await db.transaction(async (tx) => { await db.select().from(t); });', errors: outerHandle },
    { code: 'await deps.db.transaction(async (tx) => { await find(deps.db, id); });', errors: outerHandle },
    { code: 'await ctx.db.transaction(async (tx) => store.findLive(id, ctx.db));', errors: outerHandle },
    { code: 'await withTransaction(db, async (tx) => { await audit(db, change); });', errors: outerHandle },
    {
      code: 'await withAudit(db, context, async (tx) => ({ result: await db.execute(q), audit }));',
      errors: outerHandle,
    },
    {
      code: 'const { db } = ctx; await db.transaction(async (tx) => { const make = () => ({ db }); make(); });',
      errors: outerHandle,
    },
  ],
});
