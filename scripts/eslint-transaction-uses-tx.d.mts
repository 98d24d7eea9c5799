import type { Rule } from 'eslint';

/** ESLint rule: the outer database handle must not be used inside its own transaction's callback. */
export declare const transactionUsesTx: Rule.RuleModule;
