// @ts-check
/**
 * ESLint rule `local/transaction-uses-tx`: inside a transaction's callback, the database handle the transaction was
 * opened on must not be used again (`db.transaction(async (tx) => { await db.select()… })`). On PostgreSQL that
 * statement runs outside the transaction (it does not see the transaction's writes and its writes do not roll back
 * with it); on the embedded engine (PGlite, one session) it waits for the transaction to end, which waits for it:
 * the process hangs. Use `tx` (and pass it to repositories). Covers `X.transaction(fn)`, `withTransaction(X, fn)` and
 * `withAudit(X, context, fn)`; a repository that closes over the handle is beyond a lint rule.
 */

/** Which argument of a call opens a transaction on which handle, or undefined. */
function transactionOf(node) {
  const { callee, arguments: args } = node;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    if (callee.property.name === 'transaction') return { handle: callee.object, work: args[0] };
  }
  if (callee.type === 'Identifier' && callee.name === 'withTransaction') return { handle: args[0], work: args[1] };
  if (callee.type === 'Identifier' && callee.name === 'withAudit') return { handle: args[0], work: args[2] };
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const transactionUsesTx = {
  meta: {
    type: 'problem',
    docs: { description: 'Use the transaction handle, never the outer database handle, inside a transaction' },
    schema: [],
    messages: {
      outerHandle:
        '`{{handle}}` inside its own transaction: use the transaction handle (on PGlite this waits for the transaction forever)',
    },
  },
  create(context) {
    const { sourceCode } = context;
    return {
      CallExpression(node) {
        const found = transactionOf(node);
        if (!found || !found.handle || !found.work) return;
        const { handle, work } = found;
        if (work.type !== 'ArrowFunctionExpression' && work.type !== 'FunctionExpression') return;
        if (handle.type !== 'Identifier' && handle.type !== 'MemberExpression') return;
        const text = sourceCode.getText(handle);
        // The variable the handle's root names, so that a parameter or local of the same name inside is not it.
        let root = handle;
        while (root.type === 'MemberExpression') root = root.object;
        if (root.type !== 'Identifier' && root.type !== 'ThisExpression') return;
        const outerScope = sourceCode.getScope(node);
        const resolve = (scope, name) => {
          for (let current = scope; current; current = current.upper) {
            const variable = current.set.get(name);
            if (variable) return variable;
          }
          return undefined;
        };
        const rootVariable = root.type === 'Identifier' ? resolve(outerScope, root.name) : undefined;
        const visit = (inner) => {
          if (!inner || typeof inner.type !== 'string') return;
          if (
            (inner.type === 'Identifier' || inner.type === 'MemberExpression') &&
            !(inner.parent?.type === 'MemberExpression' && inner.parent.property === inner && !inner.parent.computed) &&
            // A property's name (`{ db: x }`), or the key of a shorthand whose value is reported.
            !(inner.parent?.type === 'Property' && inner.parent.key === inner && !inner.parent.computed) &&
            sourceCode.getText(inner) === text
          ) {
            let innerRoot = inner;
            while (innerRoot.type === 'MemberExpression') innerRoot = innerRoot.object;
            const same =
              innerRoot.type === 'ThisExpression' ||
              (innerRoot.type === 'Identifier' &&
                resolve(sourceCode.getScope(innerRoot), innerRoot.name) === rootVariable);
            if (same) {
              context.report({ node: inner, messageId: 'outerHandle', data: { handle: text } });
              return;
            }
          }
          for (const key of sourceCode.visitorKeys[inner.type] ?? []) {
            const child = inner[key];
            if (Array.isArray(child)) child.forEach(visit);
            else visit(child);
          }
        };
        visit(work.body);
      },
    };
  },
};
