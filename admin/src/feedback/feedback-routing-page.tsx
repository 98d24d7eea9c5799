import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction } from '../forms/use-form-action';
import { useSession } from '../auth/session';
import { PageLoader } from '../shell/page-loader';
import { useUnits } from '../settings/units';

type Routing = Schemas['FeedbackRouting'];
type RuleRow = { key: number; categoryCode: string; communeCode: string; unitCode: string | null };
type DeadlineRow = { key: number; categoryCode: string; workingDays: number | string };
const ROUTING_KEY = ['feedback-routing'] as const;
const CATEGORIES_KEY = ['feedback-categories'] as const;

let nextKey = 0;
const newKey = () => (nextKey += 1);

/**
 * Which unit handles a citizen's feedback (by field, and by commune where a commune has its own rule), and how many
 * working days each field gets. Everyone who reads feedback sees the table; admins change it (applies to tickets
 * filed from then on).
 */
export default function FeedbackRoutingPage() {
  const { t } = useTranslation();
  // The form starts again from what the server answers after a save; the notice outlives it.
  const notice = useState<string | null>(null);
  const routing = useQuery({
    queryKey: ROUTING_KEY,
    queryFn: () => unwrap(api.GET('/api/admin/feedback/routing')),
  });
  return (
    <Stack maw={980}>
      <Anchor component={Link} to="/feedback" size="sm">
        {t('routing.back')}
      </Anchor>
      <Title order={1} size="h3">
        {t('routing.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('routing.intro')}
      </Text>
      {routing.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, routing.error)}
        </Alert>
      )}
      {routing.isPending && <PageLoader />}
      {routing.data && <RoutingForm key={JSON.stringify(routing.data)} routing={routing.data} notice={notice} />}
      <CategoriesPanel />
    </Stack>
  );
}

function useLgspCategories() {
  return useQuery({
    queryKey: CATEGORIES_KEY,
    queryFn: () => unwrap(api.GET('/api/admin/feedback/categories')),
    staleTime: 60_000,
  });
}

/**
 * The LGSP's fields, to suggest codes and name them, and those seen in recent tickets (a field the LGSP no longer
 * lists, or all of them while its list cannot be read).
 */
function useKnownCategories(): Map<string, string> {
  const lgsp = useLgspCategories();
  const tickets = useQuery({
    queryKey: ['feedback-tickets', 'categories'],
    queryFn: () => unwrap(api.GET('/api/admin/feedback/tickets', { params: { query: { limit: 200 } } })),
    staleTime: 60_000,
  });
  const known = new Map((lgsp.data?.items ?? []).map((category) => [category.code, category.name]));
  for (const ticket of tickets.data?.items ?? [])
    if (!known.has(ticket.categoryCode)) known.set(ticket.categoryCode, ticket.categoryName);
  return known;
}

/**
 * The LGSP's fields with the names citizens read them by and how many phrases of the word lists name each: a report
 * whose description names no field is offered none, so a field without words (a code of the province's own LGSP)
 * is pointed out, with the way to the texts where its list is added.
 */
function CategoriesPanel() {
  const { t } = useTranslation();
  const { can } = useSession();
  const categories = useLgspCategories();
  const withoutWords = categories.data?.withoutWords ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="routing-categories">
      <Stack gap="sm">
        <Title order={2} size="h5" id="routing-categories">
          {t('routing.categories.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('routing.categories.hint')}
        </Text>
        {categories.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, categories.error)}
          </Alert>
        )}
        {categories.isPending && <PageLoader />}
        {withoutWords.length > 0 && (
          // A standing notice, not an event: announced politely (Mantine's Alert is role="alert" by default).
          <Alert
            color="yellow"
            role="status"
            title={t('routing.categories.withoutWordsTitle', { count: withoutWords.length })}
          >
            {t('routing.categories.withoutWords', { count: withoutWords.length, codes: withoutWords.join(', ') })}
            {can('flows.read') && (
              <>
                {' '}
                <Anchor component={Link} to="/texts/words" inherit>
                  {t('routing.categories.toTexts')}
                </Anchor>
              </>
            )}
          </Alert>
        )}
        {categories.data && (
          <Table.ScrollContainer minWidth={0}>
            <Table data-testid="lgsp-categories" aria-labelledby="routing-categories">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('routing.categories.code')}</Table.Th>
                  <Table.Th>{t('routing.categories.lgspName')}</Table.Th>
                  <Table.Th>{t('routing.categories.labelVi')}</Table.Th>
                  <Table.Th>{t('routing.categories.labelEn')}</Table.Th>
                  <Table.Th>{t('routing.categories.words')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {categories.data.items.map((category) => (
                  <Table.Tr key={category.code}>
                    <Table.Td>{category.code}</Table.Td>
                    <Table.Td>{category.name}</Table.Td>
                    <Table.Td>{category.labels.vi ?? t('routing.categories.lgspNameUsed')}</Table.Td>
                    <Table.Td>{category.labels.en ?? t('routing.categories.lgspNameUsed')}</Table.Td>
                    <Table.Td>
                      {t('routing.categories.wordCounts', { vi: category.words.vi, en: category.words.en })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

/** A field code typed or picked from the fields seen on tickets, its name shown under it. */
function CategoryInput(props: {
  label: string;
  categories: Map<string, string>;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  return (
    <Autocomplete
      aria-label={props.label}
      data={[...props.categories.keys()]}
      value={props.value}
      onChange={props.onChange}
      description={props.categories.get(props.value.trim())}
      error={props.error}
      maxLength={64}
    />
  );
}

/** "moi-truong (Môi trường)", or the code alone when its name is not known. */
function withCategoryName(code: string, categories: Map<string, string>): string {
  const name = categories.get(code.trim());
  return name ? `${code} (${name})` : code;
}

function RoutingForm(props: { routing: Routing; notice: [string | null, (notice: string | null) => void] }) {
  const { routing } = props;
  const { t } = useTranslation();
  const { can } = useSession();
  const editable = can('feedback.manage');
  const queryClient = useQueryClient();
  const { options: units, nameOf } = useUnits();
  const categories = useKnownCategories();
  const [rules, setRules] = useState<RuleRow[]>(() =>
    routing.rules.map((rule) => ({
      key: newKey(),
      categoryCode: rule.categoryCode,
      communeCode: rule.communeCode ?? '',
      unitCode: rule.unitCode,
    })),
  );
  const [deadlines, setDeadlines] = useState<DeadlineRow[]>(() =>
    routing.deadlines.map((deadline) => ({ key: newKey(), ...deadline })),
  );
  const form = useFormAction({
    noticeState: props.notice,
    mutationFn: () =>
      unwrap(
        api.PUT('/api/admin/feedback/routing', {
          body: {
            rules: rules.map((rule) => ({
              categoryCode: rule.categoryCode.trim(),
              communeCode: rule.communeCode.trim() || null,
              unitCode: rule.unitCode ?? '',
            })),
            deadlines: deadlines.map((deadline) => ({
              categoryCode: deadline.categoryCode.trim(),
              workingDays: Number(deadline.workingDays),
            })),
          },
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(ROUTING_KEY, next);
      return t('routing.saved');
    },
  });
  // A rule as a whole (a repeated one) is shown at its field code.
  const rowField = (table: 'rules' | 'deadlines', index: number, path: string) => {
    const own = form.field(`${table}.${index}.${path}`).error;
    return own ?? (path === 'categoryCode' ? form.field(`${table}.${index}`, true).error : undefined);
  };
  const changeRule = (key: number, change: Partial<RuleRow>) =>
    setRules((current) => current.map((rule) => (rule.key === key ? { ...rule, ...change } : rule)));
  const changeDeadline = (key: number, change: Partial<DeadlineRow>) =>
    setDeadlines((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const incomplete =
    rules.some((rule) => !rule.categoryCode.trim() || !rule.unitCode) ||
    deadlines.some((row) => !row.categoryCode.trim() || !Number.isInteger(Number(row.workingDays)));

  return (
    <form onSubmit={form.handleSubmit()} aria-label={t('routing.title')}>
      <Stack>
        <Paper withBorder p="md" component="section" aria-labelledby="routing-rules">
          <Title order={2} size="h5" id="routing-rules">
            {t('routing.rules')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('routing.rulesHint')}
          </Text>
          {units.length === 0 && (
            <Alert color="yellow" mb="xs">
              {t('routing.noUnits')}
            </Alert>
          )}
          {rules.length === 0 ? (
            <Text size="sm">{t('routing.noRules')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={0}>
              <Table data-testid="routing-rules">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('routing.column.category')}</Table.Th>
                    <Table.Th>{t('routing.column.commune')}</Table.Th>
                    <Table.Th>{t('routing.column.unit')}</Table.Th>
                    {editable && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rules.map((rule, index) =>
                    editable ? (
                      <Table.Tr key={rule.key} data-testid="routing-rule">
                        <Table.Td>
                          <CategoryInput
                            label={t('routing.categoryOf', { row: index + 1 })}
                            categories={categories}
                            value={rule.categoryCode}
                            onChange={(value) => changeRule(rule.key, { categoryCode: value })}
                            error={rowField('rules', index, 'categoryCode')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={t('routing.communeOf', { row: index + 1 })}
                            placeholder={t('routing.everyCommune')}
                            value={rule.communeCode}
                            onChange={(event) => changeRule(rule.key, { communeCode: event.currentTarget.value })}
                            maxLength={16}
                            error={rowField('rules', index, 'communeCode')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={t('routing.unitOf', { row: index + 1 })}
                            data={units}
                            value={rule.unitCode}
                            onChange={(value) => changeRule(rule.key, { unitCode: value })}
                            searchable
                            error={rowField('rules', index, 'unitCode')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('routing.removeRule', { row: index + 1 })}
                            onClick={() => setRules((current) => current.filter((item) => item.key !== rule.key))}
                          >
                            ✕
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    ) : (
                      <Table.Tr key={rule.key} data-testid="routing-rule">
                        <Table.Td>{withCategoryName(rule.categoryCode, categories)}</Table.Td>
                        <Table.Td>{rule.communeCode || t('routing.everyCommune')}</Table.Td>
                        <Table.Td>{nameOf(rule.unitCode)}</Table.Td>
                      </Table.Tr>
                    ),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {editable && (
            <Button
              variant="default"
              size="xs"
              mt="xs"
              disabled={units.length === 0}
              onClick={() =>
                setRules((current) => [
                  ...current,
                  { key: newKey(), categoryCode: '', communeCode: '', unitCode: null },
                ])
              }
            >
              {t('routing.addRule')}
            </Button>
          )}
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="routing-deadlines">
          <Title order={2} size="h5" id="routing-deadlines">
            {t('routing.deadlines')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('routing.deadlinesHint', { count: routing.defaultWorkingDays })}
          </Text>
          {deadlines.length > 0 && (
            <Table.ScrollContainer minWidth={0}>
              <Table data-testid="routing-deadlines">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('routing.column.category')}</Table.Th>
                    <Table.Th>{t('routing.column.workingDays')}</Table.Th>
                    {editable && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {deadlines.map((row, index) =>
                    editable ? (
                      <Table.Tr key={row.key}>
                        <Table.Td>
                          <CategoryInput
                            label={t('routing.deadlineCategoryOf', { row: index + 1 })}
                            categories={categories}
                            value={row.categoryCode}
                            onChange={(value) => changeDeadline(row.key, { categoryCode: value })}
                            error={rowField('deadlines', index, 'categoryCode')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={t('routing.workingDaysOf', { row: index + 1 })}
                            min={1}
                            max={365}
                            allowDecimal={false}
                            value={row.workingDays}
                            onChange={(value) => changeDeadline(row.key, { workingDays: value })}
                            w={120}
                            error={rowField('deadlines', index, 'workingDays')}
                          />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('routing.removeDeadline', { row: index + 1 })}
                            onClick={() => setDeadlines((current) => current.filter((item) => item.key !== row.key))}
                          >
                            ✕
                          </ActionIcon>
                        </Table.Td>
                      </Table.Tr>
                    ) : (
                      <Table.Tr key={row.key}>
                        <Table.Td>{withCategoryName(row.categoryCode, categories)}</Table.Td>
                        <Table.Td>{row.workingDays}</Table.Td>
                      </Table.Tr>
                    ),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {editable && (
            <Button
              variant="default"
              size="xs"
              mt="xs"
              onClick={() =>
                setDeadlines((current) => [
                  ...current,
                  { key: newKey(), categoryCode: '', workingDays: routing.defaultWorkingDays },
                ])
              }
            >
              {t('routing.addDeadline')}
            </Button>
          )}
        </Paper>

        <FormFeedback form={form} label={(path) => rowLabel(t, path)} />
        {editable && (
          <Group>
            <Button type="submit" loading={form.mutation.isPending} disabled={incomplete}>
              {t('routing.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** `rules.2.unitCode` as "Dòng 3 của bảng phân công" in plain words. */
function rowLabel(t: ReturnType<typeof useTranslation>['t'], path: string): string | undefined {
  const [table, index] = path.split('.');
  const row = Number(index) + 1;
  return (table === 'rules' || table === 'deadlines') && Number.isInteger(row)
    ? t(`routing.rowOf.${table}`, { row })
    : undefined;
}
