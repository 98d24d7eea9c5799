import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { fromProvinceInput, toProvinceInput } from '../conversations/format';
import { newOutage } from './outage';

type Outage = NonNullable<Schemas['ProvinceSettingsView']['settings']['outage']>;
const LANGUAGES = ['vi', 'en'] as const;
/** The text the bot wraps an outage notice in (namespace common): it adds the period itself. */
const NOTICE_NAMESPACE = 'common';
const NOTICE_KEY = ['outage', 'notice'] as const;
/**
 * The outage notice citizens are told once a conversation and day while it is in effect (the LGSP or the one-stop
 * shop's systems down, a move): its words in Vietnamese (and English) and when it starts and ends. The bot adds the
 * period itself: the form says so and shows the message as citizens will read it.
 */
export function OutageEditor(props: {
  value: Outage | undefined;
  onChange(outage: Outage | undefined): void;
  label: ReactNode;
  hint: ReactNode;
  active: boolean;
  field(path: string): { error: string | undefined };
}) {
  const { field, value, onChange } = props;
  const { t } = useTranslation();
  const badEnd = value && value.start && value.end && Date.parse(value.end) <= Date.parse(value.start);
  return (
    <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        {props.label}
        {props.active && (
          <Badge size="xs" color="red.9" component="span" ml={6}>
            {t('settings.outage.active')}
          </Badge>
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {props.hint}
      </Text>
      {value ? (
        <Stack gap="xs">
          <Textarea
            label={t('settings.outage.vi')}
            description={t('settings.outage.periodAdded')}
            value={value.vi}
            onChange={(e) => onChange({ ...value, vi: e.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={1000}
            {...field('outage.vi')}
          />
          <Textarea
            label={t('settings.outage.en')}
            value={value.en ?? ''}
            onChange={(e) => {
              const en = e.currentTarget.value;
              const { en: _previous, ...rest } = value;
              onChange(en ? { ...rest, en } : rest);
            }}
            autosize
            minRows={2}
            maxLength={1000}
            {...field('outage.en')}
          />
          <Group align="flex-start">
            <TextInput
              type="datetime-local"
              label={t('settings.outage.start')}
              value={toProvinceInput(value.start)}
              onChange={(e) => onChange({ ...value, start: fromProvinceInput(e.currentTarget.value) })}
              {...field('outage.start')}
            />
            <TextInput
              type="datetime-local"
              label={t('settings.outage.end')}
              value={toProvinceInput(value.end)}
              onChange={(e) => onChange({ ...value, end: fromProvinceInput(e.currentTarget.value) })}
              error={badEnd ? t('settings.outage.badEnd') : field('outage.end').error}
            />
          </Group>
          {value.vi.trim() && !badEnd && <OutagePreview outage={value} />}
          <Button variant="default" size="xs" w="fit-content" onClick={() => onChange(undefined)}>
            {t('settings.outage.remove')}
          </Button>
        </Stack>
      ) : (
        <Button variant="default" size="xs" w="fit-content" onClick={() => onChange(newOutage(new Date()))}>
          {t('settings.outage.add')}
        </Button>
      )}
    </Stack>
  );
}

/** The live release's wording of the notice in each language (what the bot renders), or null while unknown. */
function useNoticeTexts(): Record<(typeof LANGUAGES)[number], string> | null {
  const list = useQuery({
    queryKey: ['templates'],
    queryFn: () => unwrap(api.GET('/api/admin/flows/templates')),
    staleTime: 60_000,
  });
  const live = (language: string) =>
    list.data?.items.find((item) => item.namespace === NOTICE_NAMESPACE && item.language === language)
      ?.publishedVersion ?? null;
  const texts = useQueries({
    queries: LANGUAGES.map((language) => ({
      queryKey: ['templates', NOTICE_NAMESPACE, language, live(language)],
      enabled: live(language) !== null,
      staleTime: Infinity,
      queryFn: async () => {
        const found = await unwrap(
          api.GET('/api/admin/flows/templates/{language}/{namespace}/versions/{n}', {
            params: { path: { language, namespace: NOTICE_NAMESPACE, n: live(language) ?? 0 } },
          }),
        );
        return textAt(found.content, NOTICE_KEY);
      },
    })),
  });
  const [vi, en] = texts.map((query) => query.data ?? null);
  return vi && en ? { vi, en } : null;
}

/** A text of a template tree at a key path (a rich text's `text`), or null. */
function textAt(tree: unknown, path: readonly string[]): string | null {
  let node = tree;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node;
  const text = node !== null && typeof node === 'object' ? (node as Record<string, unknown>).text : undefined;
  return typeof text === 'string' ? text : null;
}

/**
 * The notice as a citizen reads it, in each language, rendered by the bot's renderer with the live wording (English
 * speakers read the Vietnamese words when there are no English ones). Follows the form as it is typed.
 */
function OutagePreview({ outage }: { outage: Outage }) {
  const { t } = useTranslation();
  const notice = useNoticeTexts();
  const [typed] = useDebouncedValue(outage, 300);
  const previews = useQueries({
    queries: LANGUAGES.map((language) => {
      const text = language === 'en' && typed.en ? typed.en : typed.vi;
      return {
        queryKey: ['outage-preview', notice, language, text, typed.start, typed.end],
        enabled: notice !== null,
        placeholderData: keepPreviousData,
        staleTime: 60_000,
        queryFn: async () => {
          const rendered = await unwrap(
            api.POST('/api/admin/flows/templates/preview', {
              body: { texts: notice ?? { vi: '', en: '' }, values: { text, start: typed.start, end: typed.end } },
            }),
          );
          return rendered.rendered[language];
        },
      };
    }),
  });
  if (notice === null || previews.some((query) => !query.data)) return null;
  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-label={t('settings.outage.preview')}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('settings.outage.preview')}
        </Text>
        {LANGUAGES.map((language, index) => (
          <Text key={language} size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={`outage-preview-${language}`}>
            <Text span size="xs" c="dimmed">
              {t(`settings.outage.previewIn.${language}`)}{' '}
            </Text>
            {previews[index]?.data}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
