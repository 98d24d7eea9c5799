import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { problemMessage } from './problem-message';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = repeated !== '' && repeated !== newPassword;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setOutcome(null);
    try {
      await unwrap(api.POST('/api/admin/me/password', { body: { currentPassword, newPassword } }));
      setCurrentPassword('');
      setNewPassword('');
      setRepeated('');
      setOutcome({ ok: true, message: t('password.changed') });
    } catch (caught) {
      setOutcome({ ok: false, message: problemMessage(t, caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={480}>
      <Title order={1} size="h3">
        {t('password.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('password.rules')}
      </Text>
      {outcome && (
        <Alert color={outcome.ok ? 'green' : 'red'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <Stack>
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('password.new')}
            autoComplete="new-password"
            required
            minLength={12}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('password.repeat')}
            autoComplete="new-password"
            required
            error={mismatch ? t('password.mismatch') : undefined}
            value={repeated}
            onChange={(event) => setRepeated(event.currentTarget.value)}
          />
          <Button type="submit" loading={busy} disabled={mismatch} w="fit-content">
            {t('password.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
