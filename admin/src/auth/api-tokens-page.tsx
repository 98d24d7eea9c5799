import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { formatDateTime } from '../conversations/format';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction, type FormAction } from '../forms/use-form-action';
import type { AdminRole } from './permissions';
import { useSession } from './session';
import { ListStatus } from '../shell/list-status';

type ApiToken = Schemas['ApiToken'];
const KEY = ['api-tokens'] as const;
/** The server's default and longest lifetime of a token, in days. */
const DEFAULT_DAYS = 90;
const MAX_DAYS = 365;

/**
 * Any signed-in official: tokens for scripts (`Authorization: Bearer …`), acting with at most the official's roles. The
 * secret is shown once, at creation. Admins see everyone's tokens and may revoke any.
 */
export default function ApiTokensPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/admin/tokens')) });
  const [notice, setNotice] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>(() => [...(session?.roles ?? [])]);
  const [days, setDays] = useState<number>(DEFAULT_DAYS);
  const create = useFormAction({
    mutationFn: () =>
      unwrap(
        api.POST('/api/admin/tokens', {
          body: {
            name: name.trim(),
            roles: (session?.roles ?? []).filter((role) => chosen.includes(role)),
            expiresInDays: days,
          },
        }),
      ),
    onSuccess: () => {
      setName('');
      setNotice(null);
      return queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) =>
      unwrap(api.DELETE('/api/admin/tokens/{id}', { params: { path: { id: token.id } } })),
    onSuccess: (_data, token) => {
      // A revoked token's secret is of no use to anyone: it leaves the screen with the token.
      if (create.mutation.data?.id === token.id) create.mutation.reset();
      setNotice(t('tokens.done.revoke', { name: token.name }));
      return queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const items = tokens.data?.items ?? [];
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  return (
    <Stack maw={1100}>
      <Title order={1} size="h3">
        {t('tokens.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('tokens.intro')}
      </Text>
      {session && (
        <CreateToken
          roles={session.roles}
          form={create}
          name={name}
          onName={setName}
          chosen={chosen}
          onChosen={setChosen}
          days={days}
          onDays={setDays}
        />
      )}
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      <ListStatus query={tokens} count={items.length} none={t('tokens.none')} failed={revoke.error} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.column.name')}</Table.Th>
                <Table.Th>{t('tokens.column.roles')}</Table.Th>
                <Table.Th>{t('tokens.column.created')}</Table.Th>
                <Table.Th>{t('tokens.column.expires')}</Table.Th>
                <Table.Th>{t('tokens.column.lastUsed')}</Table.Th>
                <Table.Th>{t('tokens.column.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((token) => (
                <Table.Tr key={token.id} data-testid="token-row">
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>{token.roles.map((role) => t(`role.${role}`)).join(', ')}</Table.Td>
                  <Table.Td>{when(token.createdAt)}</Table.Td>
                  <Table.Td>{when(token.expiresAt)}</Table.Td>
                  <Table.Td>{when(token.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    {token.revokedAt ? (
                      <Badge variant="dot" color="gray">
                        {t('tokens.revoked', { at: when(token.revokedAt) })}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => revoke.mutate(token)}
                        loading={revoke.isPending && revoke.variables.id === token.id}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The new token's name, roles and lifetime; its secret, shown once, until it is revoked or the page left. */
function CreateToken(props: {
  roles: readonly AdminRole[];
  form: FormAction<Schemas['CreatedApiToken'], void>;
  name: string;
  onName(name: string): void;
  chosen: string[];
  onChosen(roles: string[]): void;
  days: number;
  onDays(days: number): void;
}) {
  const { t } = useTranslation();
  const { roles, form, name, chosen, days } = props;
  const created = form.mutation.data;
  return (
    <Paper withBorder p="md" component="form" onSubmit={form.handleSubmit()} aria-labelledby="create-token-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="create-token-title">
          {t('tokens.create.title')}
        </Title>
        <Group align="flex-start">
          <TextInput
            label={t('tokens.create.name')}
            description={t('tokens.create.nameHint')}
            value={name}
            onChange={(event) => props.onName(event.currentTarget.value)}
            maxLength={100}
            required
            w={300}
            {...form.field('name')}
          />
          <NumberInput
            label={t('tokens.create.days')}
            description={t('tokens.create.daysHint', { max: MAX_DAYS })}
            value={days}
            onChange={(value) => props.onDays(typeof value === 'number' ? value : DEFAULT_DAYS)}
            min={1}
            max={MAX_DAYS}
            allowDecimal={false}
            w={200}
            {...form.field('expiresInDays')}
          />
          <Checkbox.Group
            label={t('tokens.create.roles')}
            value={chosen}
            onChange={props.onChosen}
            {...form.field('roles')}
          >
            <Stack gap={4} mt={6}>
              {roles.map((role) => (
                <Checkbox key={role} value={role} label={t(`role.${role}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Group>
        <FormFeedback form={form} />
        {created && (
          <Alert color="yellow" title={t('tokens.created.title', { name: created.name })} data-testid="new-token">
            <Stack gap={4}>
              <Text size="sm">{t('tokens.created.once')}</Text>
              <Code block>{created.token}</Code>
            </Stack>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.mutation.isPending} disabled={!name.trim() || chosen.length === 0}>
            {t('tokens.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
