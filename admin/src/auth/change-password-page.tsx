import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction } from '../forms/use-form-action';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const mismatch = repeated !== '' && repeated !== newPassword;
  // Said before sending too (the server refuses it as ADMIN_PASSWORD_UNCHANGED): the same password changes nothing.
  const unchanged = newPassword !== '' && newPassword.normalize('NFKC') === currentPassword.normalize('NFKC');
  const form = useFormAction({
    mutationFn: () => unwrap(api.POST('/api/admin/me/password', { body: { currentPassword, newPassword } })),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setRepeated('');
      return t('password.changed');
    },
  });

  return (
    <Stack maw={480}>
      <Title order={1} size="h3">
        {t('password.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('password.rules')}
      </Text>
      <FormFeedback form={form} />
      <form onSubmit={form.handleSubmit()}>
        <Stack>
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            {...form.field('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            autoComplete="new-password"
            required
            minLength={12}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            {...form.field('newPassword')}
            {...(unchanged ? { error: t('problem.ADMIN_PASSWORD_UNCHANGED') } : {})}
          />
          <PasswordInput
            label={t('password.repeat')}
            autoComplete="new-password"
            required
            error={mismatch ? t('password.mismatch') : undefined}
            value={repeated}
            onChange={(event) => setRepeated(event.currentTarget.value)}
          />
          <Button type="submit" loading={form.mutation.isPending} disabled={mismatch || unchanged} w="fit-content">
            {t('password.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
