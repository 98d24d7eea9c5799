import { Alert, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemMessage, problemMessage } from '../auth/problem-message';
import type { FormAction } from './use-form-action';

/**
 * A form's outcome: its notice once it worked, or the problem in plain words, with the invalid fields that have no
 * input on screen (each named by `label`, when given) and anything more the form knows (`children`).
 */
export function FormFeedback<TData, TVariables>(props: {
  form: FormAction<TData, TVariables>;
  label?(path: string): string | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { form } = props;
  const error = form.mutation.error;
  if (error) {
    if (form.shownAtField()) return null;
    const rest = form.unclaimed();
    return (
      <Alert color="red" role="alert">
        {problemMessage(t, error)}
        {rest.length > 0 && (
          <List size="sm" mt="xs">
            {rest.map((problem) => {
              const label = props.label?.(problem.path);
              const message = fieldProblemMessage(t, problem);
              return <List.Item key={problem.path}>{label ? `${label}: ${message}` : message}</List.Item>;
            })}
          </List>
        )}
        {props.children}
      </Alert>
    );
  }
  return form.notice ? (
    <Alert color="green" role="status">
      {form.notice}
    </Alert>
  ) : null;
}
