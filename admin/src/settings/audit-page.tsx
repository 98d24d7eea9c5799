import { Button, Code, Group, List, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { formatDateTime, provinceDayEnd, provinceDayStart } from '../conversations/format';
import { useSearchFilters } from '../shell/use-search-filters';
import { auditChanges, auditJson } from './audit-json';
import { ListStatus, MoreRows } from '../shell/list-status';

type AuditRecord = Schemas['AuditRecord'];
const PAGE_SIZE = 50;

/** A `date` input's day as the instant it starts (or ends) in the province's time zone. */
const dayStart = provinceDayStart;
const dayEnd = provinceDayEnd;

/**
 * Admins: every change and every read of personal data, newest first, filtered by who, what, on what and when (the
 * filters stay in the address), a page at a time; a row opens its before and after.
 */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [search, setFilter] = useSearchFilters();
  const filters = {
    actorAccountId: search.get('actor') ?? undefined,
    action: search.get('action') ?? undefined,
    targetType: search.get('targetType') ?? undefined,
    targetId: search.get('targetId') ?? undefined,
    since: search.get('from') ? dayStart(search.get('from') ?? '') : undefined,
    until: search.get('to') ? dayEnd(search.get('to') ?? '') : undefined,
  };
  const [open, setOpen] = useState<AuditRecord | null>(null);
  const accounts = useQuery({
    queryKey: ['accounts'],
    queryFn: () => unwrap(api.GET('/api/admin/accounts')),
    enabled: can('accounts.manage'),
  });
  const audit = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/audit', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
              ...(pageParam ? { before: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = useMemo(() => audit.data?.pages.flatMap((page) => page.items) ?? [], [audit.data]);
  const actorOptions = (accounts.data?.items ?? []).map((account) => ({ value: account.id, label: account.email }));

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('audit.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('audit.intro')}
      </Text>
      <Group align="flex-end" component="form" role="search" aria-label={t('audit.filters')}>
        {can('accounts.manage') && (
          <Select
            label={t('audit.filter.actor')}
            placeholder={t('audit.filter.anyone')}
            data={actorOptions}
            value={filters.actorAccountId ?? null}
            onChange={(value) => setFilter('actor', value)}
            clearable
            searchable
            w={260}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        <DebouncedInput
          label={t('audit.filter.action')}
          placeholder="account.create"
          value={filters.action ?? ''}
          onCommit={(value) => setFilter('action', value)}
          w={200}
        />
        <DebouncedInput
          label={t('audit.filter.targetType')}
          placeholder="account"
          value={filters.targetType ?? ''}
          onCommit={(value) => setFilter('targetType', value)}
          w={170}
        />
        <DebouncedInput
          label={t('audit.filter.targetId')}
          value={filters.targetId ?? ''}
          onCommit={(value) => setFilter('targetId', value)}
          w={200}
        />
        <TextInput
          type="date"
          label={t('audit.filter.from')}
          value={search.get('from') ?? ''}
          onChange={(event) => setFilter('from', event.currentTarget.value)}
          w={160}
        />
        <TextInput
          type="date"
          label={t('audit.filter.to')}
          value={search.get('to') ?? ''}
          onChange={(event) => setFilter('to', event.currentTarget.value)}
          w={160}
        />
      </Group>
      <ListStatus query={audit} count={items.length} none={t('audit.none')} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.column.when')}</Table.Th>
                <Table.Th>{t('audit.column.actor')}</Table.Th>
                <Table.Th>{t('audit.column.action')}</Table.Th>
                <Table.Th>{t('audit.column.target')}</Table.Th>
                <Table.Th>{t('audit.column.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((record) => (
                <Table.Tr key={record.id} data-testid="audit-row">
                  <Table.Td>
                    <Text size="sm">{formatDateTime(record.occurredAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{actorLabel(record, t)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`audit.action.${actionKey(record.action)}`, { defaultValue: record.action })}
                    </Text>
                    <Code>{record.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`audit.targetType.${record.target.type}`, { defaultValue: record.target.type })}
                      {targetName(record) ? (
                        <Text span size="sm">
                          {' '}
                          {targetName(record)}
                        </Text>
                      ) : (
                        record.target.id && (
                          <Text span size="xs" c="dimmed" ff="monospace">
                            {' '}
                            {record.target.id}
                          </Text>
                        )
                      )}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setOpen(record)}>
                      {t('audit.show')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MoreRows query={audit} />
      {open && <AuditDetails record={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

/** An action's translation key: its dots and dashes as underscores (`zalo.connect` is also `zalo.connect.start`'s parent). */
const actionKey = (action: string): string => action.replace(/[.-]/g, '_');

/** The target as people know it, when the row says it: an account's email (the id stays in the filter and details). */
function targetName(record: AuditRecord): string | null {
  if (record.target.type !== 'account') return null;
  for (const side of [record.after, record.before]) {
    if (typeof side === 'object' && side !== null && 'email' in side && typeof side.email === 'string')
      return side.email;
  }
  return null;
}

function actorLabel(record: AuditRecord, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (record.actor.type === 'system') return t('audit.system');
  const who = record.actor.email ?? record.actor.accountId ?? '—';
  return record.actor.type === 'token' ? t('audit.viaToken', { who }) : who;
}

/** A text filter applied when the official stops typing (Enter or leaving the field), not at each key. */
function DebouncedInput(props: {
  label: string;
  placeholder?: string;
  value: string;
  w: number;
  onCommit(value: string): void;
}) {
  const [draft, setDraft] = useState(props.value);
  const commit = () => {
    if (draft.trim() !== props.value) props.onCommit(draft.trim());
  };
  return (
    <TextInput
      label={props.label}
      placeholder={props.placeholder}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        }
      }}
      w={props.w}
    />
  );
}

function AuditDetails({ record, onClose }: { record: AuditRecord; onClose(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`${t(`audit.action.${actionKey(record.action)}`, { defaultValue: record.action })} · ${formatDateTime(record.occurredAt, i18n.language)}`}
      closeButtonProps={{ 'aria-label': t('audit.close') }}
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('audit.column.actor')}: {actorLabel(record, t)}
          {record.ip && ` · IP ${record.ip}`}
          {record.requestId && ` · ${t('audit.requestId')} ${record.requestId}`}
        </Text>
        <Text size="xs" c="dimmed">
          {t('audit.provinceTime')}
        </Text>
        <AuditChanges record={record} />
        {/* The row as stored, for whoever needs its exact fields. */}
        <details>
          <summary>
            <Text span size="sm">
              {t('audit.technical')}
            </Text>
          </summary>
          <Stack gap="xs" mt="xs">
            <Text size="sm" fw={600}>
              {t('audit.before')}
            </Text>
            <Code block data-testid="audit-before">
              {auditJson(record.before, i18n.language)}
            </Code>
            <Text size="sm" fw={600}>
              {t('audit.after')}
            </Text>
            <Code block data-testid="audit-after">
              {auditJson(record.after, i18n.language)}
            </Code>
          </Stack>
        </details>
      </Stack>
    </Modal>
  );
}

/** What changed, field by field, as "field: before → after" in the admin's words (roles by their names). */
function AuditChanges({ record }: { record: AuditRecord }) {
  const { t, i18n } = useTranslation();
  const changes = auditChanges(record.before, record.after);
  if (changes.length === 0) return null;
  const shown = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (field === 'roles' && Array.isArray(value)) {
      return value.map((role) => t(`role.${String(role)}`, { defaultValue: String(role) })).join(', ');
    }
    if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return value.join(', ');
    return auditJson(value, i18n.language).replace(/^"|"$/g, '');
  };
  return (
    <List size="sm" data-testid="audit-changes">
      {changes.map(({ field, before, after }) => (
        <List.Item key={field}>
          {t(`audit.field.${field}`, { defaultValue: field })}: {shown(field, before)} → {shown(field, after)}
        </List.Item>
      ))}
    </List>
  );
}
