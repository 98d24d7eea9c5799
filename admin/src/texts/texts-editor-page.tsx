import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiProblem, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { flowProblemText } from '../flows/flow-problem-text';
import { NotFoundPage } from '../shell/not-found-page';
import { PageLoader } from '../shell/page-loader';
import { textGroupTitle } from './text-groups';
import {
  dataPlaceholdersOf,
  flattenTemplates,
  isWordListKey,
  withoutBlankEntries,
  withText,
  type TemplateTree,
} from './template-tree';

const LANGUAGES = ['vi', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** One namespace's texts, Vietnamese and English side by side: missing translations and placeholder mismatches marked. */
export function TextsEditorPage() {
  const { t } = useTranslation();
  const namespace = useParams().namespace ?? '';
  const list = useQuery({
    queryKey: ['templates'],
    queryFn: () => unwrap(api.GET('/api/admin/flows/templates')),
  });
  const latest = (language: Language) =>
    list.data?.items.find((item) => item.namespace === namespace && item.language === language);
  const contents = useQueries({
    queries: LANGUAGES.map((language) => ({
      queryKey: ['templates', namespace, language, latest(language)?.latestVersion],
      enabled: list.data !== undefined,
      staleTime: Infinity,
      queryFn: async () => {
        const version = latest(language)?.latestVersion;
        if (version === undefined) return { version: null, content: {} as TemplateTree };
        const found = await unwrap(
          api.GET('/api/admin/flows/templates/{language}/{namespace}/versions/{n}', {
            params: { path: { language, namespace, n: version } },
          }),
        );
        return {
          version,
          published: latest(language)?.publishedVersion ?? null,
          content: found.content as TemplateTree,
        };
      },
    })),
  });

  const error = list.error ?? contents.find((query) => query.error)?.error;
  if (error) {
    return (
      <Alert color="red" role="alert">
        {problemMessage(t, error)}
      </Alert>
    );
  }
  // An address naming no group of texts (mistyped, or an old link): not a new, empty group to fill in.
  if (list.data && !LANGUAGES.some((language) => latest(language))) return <NotFoundPage />;
  const [vi, en] = contents.map((query) => query.data);
  if (!vi || !en) return <PageLoader />;
  const published = { vi: latest('vi')?.publishedVersion ?? null, en: latest('en')?.publishedVersion ?? null };
  return (
    <TextsWorkbench
      // A new stored version (saved here or elsewhere) starts afresh on it.
      key={`${namespace}:${vi.version}:${en.version}`}
      namespace={namespace}
      loaded={{ vi: { ...vi, published: published.vi }, en: { ...en, published: published.en } }}
    />
  );
}

type Loaded = Record<Language, { version: number | null; published: number | null; content: TemplateTree }>;

/** The versions each namespace was last saved as in this tab, to confirm the save once the page reopens on them. */
const savedNotices = new Map<string, Partial<Record<Language, number>>>();

function TextsWorkbench({ namespace, loaded }: { namespace: string; loaded: Loaded }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const canWrite = can('flows.write');
  const [trees, setTrees] = useState<Record<Language, TemplateTree>>({ vi: loaded.vi.content, en: loaded.en.content });
  const [filter, setFilter] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const texts = useMemo(() => ({ vi: flattenTemplates(trees.vi), en: flattenTemplates(trees.en) }), [trees]);
  // Sorted: the store does not keep the file's key order.
  const keys = useMemo(() => [...new Set([...texts.vi.keys(), ...texts.en.keys()])].sort(), [texts]);
  const changed = LANGUAGES.filter((language) => trees[language] !== loaded[language].content);
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const publish = useMutation({
    // Both languages in one release, all or nothing: a refused English text keeps the Vietnamese one out too.
    mutationFn: async () => {
      const versions: Partial<Record<Language, number>> = {};
      for (const language of LANGUAGES) {
        const { version, published } = loaded[language];
        if (version !== null && version !== published) versions[language] = version;
      }
      await unwrap(
        api.POST('/api/admin/flows/templates/{namespace}/publish', {
          params: { path: { namespace } },
          body: { versions },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['templates'] }),
  });
  // What the server refused to publish, for the saved versions shown (saving again starts the page afresh).
  const refused = refusedTexts(publish.error);
  const unfilled = new Map<string, string[]>();
  for (const problem of refused) {
    if (problem.placeholder === undefined || !problem.key?.startsWith(`${namespace}:`)) continue;
    const key = problem.key.slice(namespace.length + 1);
    unfilled.set(key, [...(unfilled.get(key) ?? []), `{{${problem.placeholder}}}`]);
  }

  const rows = keys.map((key) => {
    const vi = texts.vi.get(key);
    const en = texts.en.get(key);
    // A word list (the `words` vocabularies) is each language's own: one may be empty, none is a translation.
    const list = isWordListKey(trees.vi, key) || isWordListKey(trees.en, key);
    const missing = !list && (vi === undefined || en === undefined || vi.trim() === '' || en.trim() === '');
    const mismatch =
      vi !== undefined && en !== undefined && dataPlaceholdersOf(vi).join() !== dataPlaceholdersOf(en).join();
    const refusedPlaceholders = [...new Set(unfilled.get(key) ?? [])];
    return { key, vi, en, list, missing, mismatch, refusedPlaceholders };
  });
  const needsFix = (row: (typeof rows)[number]) => row.missing || row.mismatch || row.refusedPlaceholders.length > 0;
  const needle = filter.trim().toLowerCase();
  const shown = rows.filter(
    (row) =>
      (!onlyProblems || needsFix(row)) &&
      (!needle || [row.key, row.vi ?? '', row.en ?? ''].some((text) => text.toLowerCase().includes(needle))),
  );
  const problemCount = rows.filter(needsFix).length;

  const save = useMutation({
    mutationFn: async () => {
      const saved: Partial<Record<Language, number>> = {};
      for (const language of changed) {
        const created = await unwrap(
          api.POST('/api/admin/flows/templates/{language}/{namespace}/versions', {
            params: { path: { language, namespace } },
            body: { content: withoutBlankEntries(trees[language]) },
          }),
        );
        saved[language] = created.version;
      }
      return saved;
    },
    onSuccess: (saved) => {
      savedNotices.set(namespace, saved);
      return queryClient.invalidateQueries({ queryKey: ['templates'] });
    },
  });
  const lastSaved = Object.entries(savedNotices.get(namespace) ?? {});
  const savedNotice =
    lastSaved.length > 0 && lastSaved.every(([language, version]) => loaded[language as Language].version === version)
      ? lastSaved.map(([language, version]) => `${language.toUpperCase()} ${version}`).join(', ')
      : null;
  const unpublished = LANGUAGES.some(
    (language) => loaded[language].version !== null && loaded[language].version !== loaded[language].published,
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Anchor component={Link} to="/texts" size="sm">
            {t('texts.back')}
          </Anchor>
          <Title order={1} size="h4">
            {textGroupTitle(namespace, t)}
          </Title>
          <Text size="sm" c="dimmed" ff="monospace">
            {namespace}
          </Text>
          {LANGUAGES.map((language) => (
            <Badge
              key={language}
              variant="dot"
              color={loaded[language].version === loaded[language].published ? 'green' : 'orange'}
            >
              {language.toUpperCase()}:{' '}
              {loaded[language].version === null
                ? t('flows.notPublished')
                : t('texts.versionState', {
                    version: loaded[language].version,
                    published: loaded[language].published ?? '—',
                  })}
            </Badge>
          ))}
          {changed.length > 0 && (
            <Badge variant="dot" color="orange">
              {t('editor.unsaved')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {canWrite && (
            <Button
              variant="default"
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={changed.length === 0}
            >
              {t('editor.save')}
            </Button>
          )}
          {can('flows.publish') && (
            <Button
              onClick={() => setConfirmingPublish(true)}
              loading={publish.isPending}
              disabled={changed.length > 0 || !unpublished}
              title={changed.length > 0 ? t('editor.saveFirst') : undefined}
            >
              {t('texts.publish')}
            </Button>
          )}
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirmingPublish}
        title={t('texts.confirmPublish.title', { namespace: textGroupTitle(namespace, t) })}
        confirmLabel={t('texts.publish')}
        onConfirm={() => publish.mutate()}
        onClose={() => setConfirmingPublish(false)}
      >
        <Text size="sm">{t('texts.confirmPublish.body')}</Text>
        <List size="sm">
          {LANGUAGES.map((language) => {
            const { version, published } = loaded[language];
            if (version === null || version === published) return null;
            const values = { language: t(`texts.confirmPublish.languageName.${language}`), version, published };
            return (
              <List.Item key={language}>
                {published === null
                  ? t('texts.confirmPublish.languageFirst', values)
                  : t('texts.confirmPublish.language', values)}
              </List.Item>
            );
          })}
        </List>
        <Text size="sm">{t('texts.confirmPublish.underWay')}</Text>
      </ConfirmDialog>
      {save.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, save.error)}
        </Alert>
      )}
      {publish.error && (
        <Alert color="red" role="alert" title={problemMessage(t, publish.error)} data-testid="publish-refused">
          {refused.length > 0 && (
            <List size="sm">
              {refused.map((problem, index) => (
                <List.Item key={index}>{refusedText(t, problem)}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {savedNotice && changed.length === 0 && !publish.isSuccess && (
        <Alert color="green" role="status">
          {t('texts.saved', { versions: savedNotice })}
        </Alert>
      )}
      {publish.isSuccess && (
        <Alert color="green" role="status">
          {t('texts.published')}
        </Alert>
      )}
      <Group>
        <TextInput
          placeholder={t('texts.search')}
          aria-label={t('texts.search')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          w={320}
        />
        <Checkbox
          label={t('texts.onlyProblems', { count: problemCount })}
          checked={onlyProblems}
          onChange={(event) => setOnlyProblems(event.currentTarget.checked)}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('texts.placeholdersHint', { example: '{{name}}' })}
      </Text>
      <Table.ScrollContainer minWidth={0}>
        <Table layout="fixed" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('texts.column.key')}</Table.Th>
              <Table.Th>{t('texts.confirmPublish.languageName.vi')}</Table.Th>
              <Table.Th>{t('texts.confirmPublish.languageName.en')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Fragment key={row.key}>
                <Table.Tr data-testid="text-row" bg={needsFix(row) ? 'red.0' : undefined}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    <Text size="xs" ff="monospace">
                      {row.key}
                    </Text>
                    {!row.list && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-expanded={previewed === row.key}
                        aria-label={t(previewed === row.key ? 'texts.preview.hide' : 'texts.preview.show', {
                          key: row.key,
                        })}
                        onClick={() => setPreviewed((current) => (current === row.key ? null : row.key))}
                      >
                        {t(previewed === row.key ? 'texts.preview.hideButton' : 'texts.preview.button')}
                      </Button>
                    )}
                    {row.missing && (
                      <Badge variant="dot" color="red" size="xs">
                        {t('texts.missing')}
                      </Badge>
                    )}
                    {row.mismatch && (
                      <Badge variant="dot" color="orange" size="xs">
                        {t('texts.mismatch')}
                      </Badge>
                    )}
                    {row.refusedPlaceholders.length > 0 && (
                      // Text, not a badge: it names the placeholders, longer than a badge's one line holds.
                      <Text size="xs" c="red.9" fw={600} style={{ wordBreak: 'normal' }}>
                        {t('texts.unfilled', { placeholders: row.refusedPlaceholders.join(', ') })}
                      </Text>
                    )}
                  </Table.Td>
                  {LANGUAGES.map((language) => (
                    <Table.Td key={language}>
                      <Textarea
                        aria-label={`${row.key} (${language})`}
                        autosize
                        minRows={1}
                        readOnly={!canWrite}
                        value={row[language] ?? ''}
                        description={row.list ? t('texts.wordList') : undefined}
                        error={!row.list && (row[language] === undefined || row[language]?.trim() === '')}
                        onChange={(event) => {
                          const text = event.currentTarget.value;
                          setTrees((current) => ({
                            ...current,
                            [language]: withText(current[language], row.key, text),
                          }));
                        }}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
                {previewed === row.key && (
                  <Table.Tr>
                    <Table.Td colSpan={3}>
                      <TextPreview textKey={row.key} vi={row.vi ?? ''} en={row.en ?? ''} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** One problem of a TEMPLATES_INVALID refusal (`errors.problems`): a text's placeholder nothing fills, or another. */
interface RefusedText {
  kind: string | null;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
  key?: string;
  language?: string;
  placeholder?: string;
}

function refusedTexts(error: unknown): RefusedText[] {
  if (!(error instanceof ApiProblem) || error.code !== 'TEMPLATES_INVALID') return [];
  const errors = error.problem.errors;
  const problems = typeof errors === 'object' && errors !== null && 'problems' in errors ? errors.problems : undefined;
  if (!Array.isArray(problems)) return [];
  return (problems as unknown[]).flatMap((item): RefusedText[] => {
    // A version that is not a template tree is refused with plain sentences.
    if (typeof item === 'string') return [{ kind: null, message: item }];
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const text = (name: string) => (typeof record[name] === 'string' ? { [name]: record[name] } : {});
    return [
      {
        kind: typeof record.kind === 'string' ? record.kind : null,
        message: typeof record.message === 'string' ? record.message : '',
        ...text('key'),
        ...text('language'),
        ...text('placeholder'),
        ...text('code'),
        ...(typeof record.params === 'object' && record.params !== null
          ? { params: record.params as Record<string, string | number> }
          : {}),
      },
    ];
  });
}

/** A refused text in the UI's language: which text, in which language, and what to do; others as the server says. */
function refusedText(t: ReturnType<typeof useTranslation>['t'], problem: RefusedText): string {
  if (problem.kind === 'unknown_placeholder' && problem.key !== undefined && problem.placeholder !== undefined) {
    return t('texts.refused.unknown_placeholder', {
      key: problem.key,
      language: (problem.language ?? '').toUpperCase(),
      placeholder: `{{${problem.placeholder}}}`,
    });
  }
  if (problem.kind === null) return problem.message;
  return flowProblemText(t, { ...problem, kind: problem.kind });
}

const DATE_FORMATS = ['date', 'time', 'datetime'];

/**
 * One text as a citizen reads it, in both languages, rendered by the server with the bot's renderer: the province's
 * values where the text names them (`{{province.name}}`), and sample values for the other placeholders found in the
 * text, which the official may change to try (nothing is stored). Follows the text as it is edited.
 */
function TextPreview({ textKey, vi, en }: { textKey: string; vi: string; en: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  // One request when typing pauses, not one per key.
  const [typedVi] = useDebouncedValue(vi, 300);
  const [typedEn] = useDebouncedValue(en, 300);
  const preview = useQuery({
    queryKey: ['template-preview', typedVi, typedEn, values],
    queryFn: () =>
      unwrap(api.POST('/api/admin/flows/templates/preview', { body: { texts: { vi: typedVi, en: typedEn }, values } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const setValue = (name: string, value: string) =>
    setValues((current) => {
      const next = { ...current };
      if (value) next[name] = value;
      else delete next[name];
      return next;
    });
  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-label={t('texts.preview.region', { key: textKey })}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('texts.preview.title')}
        </Text>
        {preview.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, preview.error)}
          </Alert>
        )}
        {preview.data && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {LANGUAGES.map((language) => (
                <Paper key={language} withBorder p="sm" radius="md" data-testid={`preview-${language}`}>
                  <Text size="xs" c="dimmed" mb={4}>
                    {t(`texts.confirmPublish.languageName.${language}`)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {preview.data.rendered[language]}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            <Text size="xs" fw={600}>
              {t('texts.preview.values')}
            </Text>
            {preview.data.placeholders.length === 0 ? (
              <Text size="xs">{t('texts.preview.none')}</Text>
            ) : (
              <>
                <Text size="xs" c="dimmed">
                  {t('texts.preview.valuesHint')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  {preview.data.placeholders.map((placeholder) =>
                    placeholder.source === 'province' ? (
                      <Text key={placeholder.name} size="xs">
                        <Text span ff="monospace" size="xs">{`{{${placeholder.name}}}`}</Text>: {placeholder.value} (
                        {t('texts.preview.fromProvince')})
                      </Text>
                    ) : (
                      <TextInput
                        key={placeholder.name}
                        size="xs"
                        label={t('texts.preview.sampleFor', { name: placeholder.name })}
                        description={
                          placeholder.format && DATE_FORMATS.includes(placeholder.format)
                            ? t('texts.preview.dateHint')
                            : undefined
                        }
                        defaultValue={placeholder.value}
                        onChange={(event) => setValue(placeholder.name, event.currentTarget.value)}
                      />
                    ),
                  )}
                </SimpleGrid>
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
