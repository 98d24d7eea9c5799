import { ActionIcon, Alert, Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction } from '../forms/use-form-action';
import { PageLoader } from '../shell/page-loader';

type Topic = Schemas['AnnouncementTopic'];
/** The server's rules: at most 4 topics (a Zalo message holds 5 buttons, the fifth is the commune), 20 characters. */
const MAX_TOPICS = 4;
const MAX_LABEL = 20;
/** The counter under the field, the error under the counter. */
const LABEL_ORDER: ('input' | 'description' | 'error')[] = ['input', 'description', 'error'];
const TOPIC_CODE = /^[a-z][a-z0-9_-]{0,31}$/;

/** The topics citizens subscribe to in chat, in the order they see them: one button each. */
export default function TopicsPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const topics = useQuery({
    queryKey: ['announcement-topics'],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/topics')),
  });
  if (topics.error) {
    return (
      <Alert color="red" role="alert">
        {problemMessage(t, topics.error)}
      </Alert>
    );
  }
  if (!topics.data) return <PageLoader />;
  // The form starts again from what the server answers after a save; the notice outlives it.
  return (
    <TopicsForm
      key={JSON.stringify(topics.data.items)}
      saved={topics.data.items}
      notice={notice}
      onNotice={setNotice}
    />
  );
}

function TopicsForm(props: { saved: Topic[]; notice: string | null; onNotice(notice: string | null): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const editable = can('announcements.write');
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Topic[]>(props.saved);
  const form = useFormAction<{ items: Topic[] }>({
    noticeState: [props.notice, props.onNotice],
    mutationFn: () => unwrap(api.PUT('/api/admin/announcements/topics', { body: { items: rows.map(trimmed) } })),
    onSuccess: (next) => {
      queryClient.setQueryData(['announcement-topics'], next);
      return t('announcements.topics.saved');
    },
  });
  const change = (index: number, topic: Topic) => setRows(rows.map((row, i) => (i === index ? topic : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index + by, 0, row);
    setRows(next);
  };
  const codeError = (index: number, code: string): string | undefined => {
    if (code && !TOPIC_CODE.test(code)) return t('announcements.topics.badCode');
    if (code && rows.findIndex((row) => row.code === code) !== index) return t('announcements.topics.duplicate');
    return form.field(`items.${index}.code`).error;
  };
  // Never cut: a label typed or pasted too long stays as written, with why it cannot be saved.
  const labelProps = (label: string, path: string) => {
    const count = label.trim().length;
    return {
      inputWrapperOrder: LABEL_ORDER,
      description: editable ? t('announcements.topics.counter', { count, max: MAX_LABEL }) : undefined,
      error: count > MAX_LABEL ? t('announcements.topics.tooLong', { count, max: MAX_LABEL }) : form.field(path).error,
    };
  };
  const tooLong = (row: Topic) => row.vi.trim().length > MAX_LABEL || (row.en ?? '').trim().length > MAX_LABEL;
  const invalid = rows.some(
    (row, index) => !row.code || !row.vi.trim() || tooLong(row) || codeError(index, row.code) !== undefined,
  );
  const unchanged = JSON.stringify(rows.map(trimmed)) === JSON.stringify(props.saved);

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/announcements" size="sm">
        {t('announcements.back')}
      </Anchor>
      <Title order={1} size="h3">
        {t('announcements.topics.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('announcements.topics.intro', { max: MAX_TOPICS })}
      </Text>
      <form onSubmit={form.handleSubmit()}>
        <Stack>
          {rows.length === 0 ? (
            <Text>{t('announcements.topics.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={0}>
              <Table data-testid="topics">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('announcements.topics.code')}</Table.Th>
                    <Table.Th>{t('announcements.topics.vi')}</Table.Th>
                    <Table.Th>{t('announcements.topics.en')}</Table.Th>
                    {editable && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((topic, index) => (
                    <Table.Tr key={index} data-testid="topic-row">
                      <Table.Td>
                        <TextInput
                          aria-label={t('announcements.topics.codeOf', { row: index + 1 })}
                          value={topic.code}
                          readOnly={!editable}
                          onChange={(e) =>
                            change(index, { ...topic, code: e.currentTarget.value.trim().toLowerCase() })
                          }
                          error={codeError(index, topic.code)}
                          maxLength={32}
                          w={150}
                          ff="monospace"
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('announcements.topics.viOf', { row: index + 1 })}
                          value={topic.vi}
                          readOnly={!editable}
                          onChange={(e) => change(index, { ...topic, vi: e.currentTarget.value })}
                          {...labelProps(topic.vi, `items.${index}.vi`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('announcements.topics.enOf', { row: index + 1 })}
                          value={topic.en ?? ''}
                          readOnly={!editable}
                          onChange={(e) => {
                            const en = e.currentTarget.value;
                            change(index, en ? { ...topic, en } : { code: topic.code, vi: topic.vi });
                          }}
                          {...labelProps(topic.en ?? '', `items.${index}.en`)}
                        />
                      </Table.Td>
                      {editable && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('announcements.topics.up', { row: index + 1 })}
                              disabled={index === 0}
                              onClick={() => move(index, -1)}
                            >
                              ↑
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('announcements.topics.down', { row: index + 1 })}
                              disabled={index === rows.length - 1}
                              onClick={() => move(index, 1)}
                            >
                              ↓
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red.9"
                              aria-label={t('announcements.topics.remove', { row: index + 1 })}
                              onClick={() => setRows(rows.filter((_row, i) => i !== index))}
                            >
                              ✕
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {editable && (
            <>
              <Text size="xs" c="dimmed">
                {t('announcements.topics.removedKeep')}
              </Text>
              <Group>
                <Button
                  variant="default"
                  disabled={rows.length >= MAX_TOPICS}
                  onClick={() => setRows([...rows, { code: '', vi: '' }])}
                >
                  {t('announcements.topics.add')}
                </Button>
                <Button type="submit" loading={form.mutation.isPending} disabled={invalid || unchanged}>
                  {t('announcements.topics.save')}
                </Button>
              </Group>
            </>
          )}
          <FormFeedback form={form} />
        </Stack>
      </form>
    </Stack>
  );
}

/** What the server keeps: words trimmed, an empty English name left out. */
function trimmed(topic: Topic): Topic {
  const en = topic.en?.trim();
  return { code: topic.code.trim(), vi: topic.vi.trim(), ...(en ? { en } : {}) };
}
