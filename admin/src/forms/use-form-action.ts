import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { fieldProblemMessage, invalidFields, problemMessage, type FieldProblem } from '../auth/problem-message';

/** A form's one server call, its outcome and its invalid fields; `FormFeedback` shows what is not beside a field. */
export interface FormAction<TData, TVariables> {
  mutation: UseMutationResult<TData, Error, TVariables>;
  /** An `onSubmit` handler that sends the form (with these variables). */
  handleSubmit(variables: TVariables): (event: FormEvent) => void;
  /**
   * Props for the input of a body path (`title`, `rules.2.unitCode`): the last answer's problem with it, or with
   * anything under it (unless `exact`), in the UI's language. Mantine shows `error` under the input and marks it
   * invalid.
   */
  field: (path: string, exact?: boolean) => { error: string | undefined };
  /** The invalid fields no input claimed with `field`: the summary lists them. */
  unclaimed(): FieldProblem[];
  /** Whether the last answer's problem is shown under an input (`fieldOfCode`): then the summary says nothing. */
  shownAtField(): boolean;
  notice: string | null;
  setNotice(notice: string | null): void;
}

export interface FormActionOptions<TData, TVariables> {
  mutationFn(variables: TVariables): Promise<TData>;
  /** After a good answer; a string returned is shown as the form's notice. */
  onSuccess?(data: TData, variables: TVariables): string | void | Promise<unknown>;
  /**
   * The input a problem code is about (`ADMIN_EMAIL_TAKEN` → `email`): its message shows under that input, like an
   * invalid field, not in the summary above the buttons.
   */
  fieldOfCode?: Readonly<Record<string, string>>;
  /** Keeps the notice outside the form, for a form that starts again (a new `key`) after each save. */
  noticeState?: [string | null, (notice: string | null) => void];
}

/**
 * The submit / error / notice scaffolding every admin form shares: one mutation, its problem for each field (shown
 * beside the field, in the UI's language) and a notice after it worked.
 */
export function useFormAction<TData, TVariables = void>(
  options: FormActionOptions<TData, TVariables>,
): FormAction<TData, TVariables> {
  const { t } = useTranslation();
  const ownNotice = useState<string | null>(null);
  const [notice, setNotice] = options.noticeState ?? ownNotice;
  // The paths inputs ask about while rendering this form, read by the summary, which renders after them.
  const claimed = new Set<string>();
  const mutation = useMutation<TData, Error, TVariables>({
    mutationFn: options.mutationFn,
    onSuccess: async (data, variables) => {
      const outcome = await options.onSuccess?.(data, variables);
      if (typeof outcome === 'string') setNotice(outcome);
    },
  });
  const problems = invalidFields(mutation.error);
  const error = mutation.error;
  const codeField = error instanceof ApiProblem ? options.fieldOfCode?.[error.code] : undefined;
  const under = (problem: FieldProblem, path: string, exact = false) =>
    problem.path === path || (!exact && problem.path.startsWith(`${path}.`));
  return {
    mutation,
    handleSubmit: (variables) => (event) => {
      event.preventDefault();
      setNotice(null);
      mutation.mutate(variables);
    },
    field: (path, exact = false) => {
      claimed.add(exact ? `=${path}` : path);
      if (codeField === path) return { error: problemMessage(t, error) };
      const problem = problems.find((item) => under(item, path, exact));
      return { error: problem ? fieldProblemMessage(t, problem) : undefined };
    },
    unclaimed: () =>
      problems.filter(
        (problem) =>
          ![...claimed].some((path) => (path.startsWith('=') ? problem.path === path.slice(1) : under(problem, path))),
      ),
    shownAtField: () => codeField !== undefined && claimed.has(codeField),
    notice,
    setNotice,
  };
}
