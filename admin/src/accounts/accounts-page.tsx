import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import type { AdminRole } from '../auth/permissions';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction } from '../forms/use-form-action';
import { useUnits } from '../settings/units';
import { ListStatus } from '../shell/list-status';
import { useNarrow } from '../shell/use-narrow';

type Account = Schemas['ListedAccount'];
const ROLES: readonly AdminRole[] = ['admin', 'editor', 'approver', 'official', 'viewer'];
const ACCOUNTS_KEY = ['accounts'] as const;
type Dialog = { kind: 'roles' | 'unit' | 'password' | 'disable' | 'enable'; account: Account };

/** Admins: who may sign in, with which roles; create, change roles, set a password, disable, unlock. All audited. */
export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const { nameOf } = useUnits();
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: ACCOUNTS_KEY, queryFn: () => unwrap(api.GET('/api/admin/accounts')) });
  const narrow = useNarrow();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const unlock = useMutation({
    mutationFn: (account: Account) =>
      unwrap(api.POST('/api/admin/accounts/{id}/unlock', { params: { path: { id: account.id } } })),
    onSuccess: (_data, account) => {
      setNotice(t('accounts.done.unlock', { email: account.email }));
      return queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
  });

  // What the admin does with an account: first on a phone's card, so nothing hides in a sideways scroll.
  const actions = (account: Account) => (
    <Group gap={4}>
      <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'roles', account })}>
        {t('accounts.action.roles')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'unit', account })}>
        {t('accounts.action.unit')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'password', account })}>
        {t('accounts.action.password')}
      </Button>
      {account.blockedAddresses > 0 && (
        <Button size="xs" variant="default" onClick={() => unlock.mutate(account)}>
          {t('accounts.action.unlock')}
        </Button>
      )}
      {account.id !== session?.id && (
        <Button
          size="xs"
          variant="default"
          onClick={() => setDialog({ kind: account.disabled ? 'enable' : 'disable', account })}
        >
          {account.disabled ? t('accounts.action.enable') : t('accounts.action.disable')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack maw={1100}>
      <Title order={1} size="h3">
        {t('accounts.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('accounts.intro')}
      </Text>
      <CreateAccount onDone={setNotice} />
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      <ListStatus query={accounts} failed={unlock.error} />
      {accounts.data &&
        (narrow ? (
          <Stack gap="xs">
            {accounts.data.items.map((account) => (
              <Paper key={account.id} withBorder p="sm" data-testid="account-row">
                <Stack gap={6}>
                  <Group gap="xs" justify="space-between">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {account.email}
                    </Text>
                    <AccountState account={account} />
                  </Group>
                  {actions(account)}
                  <Text size="sm">
                    {t('accounts.column.roles')}: {account.roles.map((role) => t(`role.${role}`)).join(', ')}
                  </Text>
                  <Text size="sm">
                    {t('accounts.column.unit')}: {nameOf(account.unitCode) ?? t('accounts.allUnits')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('accounts.column.lastLogin')}:{' '}
                    {account.lastLoginAt ? formatDateTime(account.lastLoginAt, i18n.language) : t('accounts.never')}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={0}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('accounts.column.email')}</Table.Th>
                  <Table.Th>{t('accounts.column.roles')}</Table.Th>
                  <Table.Th>{t('accounts.column.unit')}</Table.Th>
                  <Table.Th>{t('accounts.column.state')}</Table.Th>
                  <Table.Th>{t('accounts.column.lastLogin')}</Table.Th>
                  <Table.Th>{t('accounts.column.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.items.map((account) => (
                  <Table.Tr key={account.id} data-testid="account-row">
                    <Table.Td>{account.email}</Table.Td>
                    <Table.Td>{account.roles.map((role) => t(`role.${role}`)).join(', ')}</Table.Td>
                    <Table.Td>{nameOf(account.unitCode) ?? t('accounts.allUnits')}</Table.Td>
                    <Table.Td>
                      <AccountState account={account} />
                    </Table.Td>
                    <Table.Td>
                      {account.lastLoginAt ? formatDateTime(account.lastLoginAt, i18n.language) : t('accounts.never')}
                    </Table.Td>
                    <Table.Td>{actions(account)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
      {dialog && (
        <AccountDialog
          dialog={dialog}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}

/** Enabled or disabled, and whether some address is locked out of it. */
function AccountState({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge variant="dot" color={account.disabled ? 'gray' : 'green'}>
        {account.disabled ? t('accounts.state.disabled') : t('accounts.state.active')}
      </Badge>
      {account.blockedAddresses > 0 && (
        <Badge variant="dot" color="red">
          {t('accounts.state.locked')}
        </Badge>
      )}
    </Group>
  );
}

/**
 * The roles to give, none ticked beforehand: each role grants rights of its own (an approver ticked beside a default
 * official would also answer citizens), so the admin picks every one. `missing`: a submit found none ticked.
 */
function RoleChoice(props: {
  value: string[];
  onChange: (roles: string[]) => void;
  missing?: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const error = props.missing && props.value.length === 0 ? t('accounts.rolesRequired') : props.error;
  return (
    <Checkbox.Group
      label={t('accounts.roles')}
      description={t('accounts.rolesHint')}
      withAsterisk
      value={props.value}
      onChange={props.onChange}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`role.${role}`)} description={t(`accounts.roleHint.${role}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** The official's unit: they see and act on only its feedback and hand-offs (and the general queue); none: all. */
function UnitChoice(props: {
  value: string | null;
  onChange: (unit: string | null) => void;
  error?: string | undefined;
}) {
  const { value, onChange } = props;
  const { t } = useTranslation();
  const { options } = useUnits();
  return (
    <Select
      label={t('accounts.unit')}
      description={options.length > 0 ? t('accounts.unitHint') : t('accounts.noUnits')}
      placeholder={t('accounts.allUnits')}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      disabled={options.length === 0}
      error={props.error}
      comboboxProps={{ withinPortal: false }}
    />
  );
}

const asRoles = (values: string[]): AdminRole[] => ROLES.filter((role) => values.includes(role));

/** A submit handler that sends the form only with a role ticked; with none, it has the role choice say so. */
function requireRoles(roles: string[], setMissing: (missing: boolean) => void, send: (event: FormEvent) => void) {
  return (event: FormEvent) => {
    if (roles.length > 0) return send(event);
    event.preventDefault();
    setMissing(true);
  };
}

function CreateAccount({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [rolesMissing, setRolesMissing] = useState(false);
  const [unit, setUnit] = useState<string | null>(null);
  const form = useFormAction({
    fieldOfCode: { ADMIN_EMAIL_TAKEN: 'email', ADMIN_PASSWORD_WEAK: 'password' },
    mutationFn: () =>
      unwrap(
        api.POST('/api/admin/accounts', {
          body: { email: email.trim(), password, roles: asRoles(roles), ...(unit ? { unitCode: unit } : {}) },
        }),
      ),
    onSuccess: () => {
      onDone(t('accounts.done.create', { email: email.trim() }));
      setEmail('');
      setPassword('');
      // Back to an empty form: the next account never inherits this one's roles or unit unseen.
      setRoles([]);
      setRolesMissing(false);
      setUnit(null);
      return queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={requireRoles(roles, setRolesMissing, form.handleSubmit())}
      aria-labelledby="create-account-title"
    >
      <Stack gap="xs">
        <Title order={2} size="h5" id="create-account-title">
          {t('accounts.create.title')}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <Stack gap="xs" w={340}>
            <TextInput
              label={t('accounts.create.email')}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              required
              {...form.field('email')}
            />
            <PasswordInput
              label={t('accounts.create.password')}
              description={t('accounts.create.passwordHint')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              required
              {...form.field('password')}
            />
            <UnitChoice value={unit} onChange={setUnit} {...form.field('unitCode')} />
          </Stack>
          <RoleChoice value={roles} onChange={setRoles} missing={rolesMissing} {...form.field('roles')} />
        </Group>
        <FormFeedback form={form} />
        <Group>
          <Button type="submit" loading={form.mutation.isPending} disabled={!email.trim() || !password}>
            {t('accounts.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function AccountDialog({
  dialog,
  onClose,
  onDone,
}: {
  dialog: Dialog;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { kind, account } = dialog;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<string[]>(account.roles);
  const [rolesMissing, setRolesMissing] = useState(false);
  const [unit, setUnit] = useState<string | null>(account.unitCode);
  const [password, setPassword] = useState('');
  const form = useFormAction({
    mutationFn: async () => {
      const params = { path: { id: account.id } };
      if (kind === 'password') {
        await unwrap(api.POST('/api/admin/accounts/{id}/password', { params, body: { password } }));
        return;
      }
      const body =
        kind === 'roles'
          ? { roles: asRoles(roles) }
          : kind === 'unit'
            ? { unitCode: unit }
            : { disabled: kind === 'disable' };
      await unwrap(api.PATCH('/api/admin/accounts/{id}', { params, body }));
    },
    onSuccess: () => {
      onDone(t(`accounts.done.${kind}`, { email: account.email }));
      return queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`accounts.dialog.${kind}`, { email: account.email })}
      closeButtonProps={{ 'aria-label': t('accounts.cancel') }}
    >
      <form
        onSubmit={kind === 'roles' ? requireRoles(roles, setRolesMissing, form.handleSubmit()) : form.handleSubmit()}
      >
        <Stack>
          {kind === 'roles' && (
            <RoleChoice value={roles} onChange={setRoles} missing={rolesMissing} {...form.field('roles')} />
          )}
          {kind === 'unit' && <UnitChoice value={unit} onChange={setUnit} {...form.field('unitCode')} />}
          {kind === 'password' && (
            <PasswordInput
              label={t('accounts.create.password')}
              description={t('accounts.dialog.passwordHint')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              required
              {...form.field('password')}
            />
          )}
          {(kind === 'disable' || kind === 'enable') && <Text size="sm">{t(`accounts.dialog.${kind}Hint`)}</Text>}
          <FormFeedback form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('accounts.cancel')}
            </Button>
            <Button type="submit" loading={form.mutation.isPending} disabled={kind === 'password' && !password}>
              {t(`accounts.confirm.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
