import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { formatDateTime } from '../conversations/format';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction, type FormAction } from '../forms/use-form-action';
import { PageLoader } from '../shell/page-loader';

type CannedReply = Schemas['CannedReply'];
type Content = Schemas['CannedReplyContent'];
type Language = 'vi' | 'en';
type ButtonKind = 'url' | 'phone';
/** One language's reply as the form holds it: every field a string, empty meaning "none". */
interface TextDraft {
  text: string;
  imageUrl: string;
  fileUrl: string;
  fileName: string;
  buttons: Array<{ title: string; kind: ButtonKind; value: string }>;
}
interface Draft {
  id: string | null;
  title: string;
  vi: TextDraft;
  en: TextDraft | null;
}
const KEY = ['canned-replies'] as const;
/** Zalo's limit of buttons under one message (the server's too). */
const MAX_BUTTONS = 5;

const emptyText = (): TextDraft => ({ text: '', imageUrl: '', fileUrl: '', fileName: '', buttons: [] });

function toDraftText(text: Content['vi']): TextDraft {
  return {
    text: text.text,
    imageUrl: text.imageUrl ?? '',
    fileUrl: text.file?.url ?? '',
    fileName: text.file?.name ?? '',
    buttons: (text.buttons ?? []).map((button) =>
      button.phone !== undefined
        ? { title: button.title, kind: 'phone' as const, value: button.phone }
        : { title: button.title, kind: 'url' as const, value: button.url ?? '' },
    ),
  };
}

function fromDraftText(draft: TextDraft): Content['vi'] {
  return {
    text: draft.text,
    ...(draft.imageUrl.trim() ? { imageUrl: draft.imageUrl.trim() } : {}),
    ...(draft.fileUrl.trim() ? { file: { url: draft.fileUrl.trim(), name: draft.fileName.trim() } } : {}),
    ...(draft.buttons.length > 0
      ? {
          buttons: draft.buttons.map((button) =>
            button.kind === 'phone'
              ? { title: button.title, phone: button.value.trim() }
              : { title: button.title, url: button.value.trim() },
          ),
        }
      : {}),
  };
}

/**
 * Admins: the ready answers officials send with one click during a hand-off (the conversation screen picks them):
 * a title to pick by, the words in Vietnamese (and English), an image, a document and link or call buttons.
 */
export default function CannedRepliesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const replies = useQuery({
    queryKey: KEY,
    queryFn: () => unwrap(api.GET('/api/admin/conversations/canned-replies')),
  });
  const [editing, setEditing] = useState<Draft | null>(null);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (reply: CannedReply) =>
      unwrap(api.DELETE('/api/admin/conversations/canned-replies/{id}', { params: { path: { id: reply.id } } })),
    onSuccess: (_data, reply) => {
      setDeleting(null);
      setNotice(t('canned.done.delete', { title: reply.title }));
      return queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const items = replies.data?.items ?? [];

  return (
    <Stack maw={1100}>
      <Title order={1} size="h3">
        {t('canned.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('canned.intro')}
      </Text>
      <Group>
        <Button onClick={() => setEditing({ id: null, title: '', vi: emptyText(), en: null })}>
          {t('canned.add')}
        </Button>
      </Group>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {replies.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, replies.error)}
        </Alert>
      )}
      {replies.isPending && <PageLoader />}
      {replies.data && items.length === 0 && <Text>{t('canned.none')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('canned.column.title')}</Table.Th>
                <Table.Th>{t('canned.column.text')}</Table.Th>
                <Table.Th>{t('canned.column.languages')}</Table.Th>
                <Table.Th>{t('canned.column.updated')}</Table.Th>
                <Table.Th>{t('canned.column.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((reply) => (
                <Table.Tr key={reply.id} data-testid="canned-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {reply.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {reply.content.vi.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>{reply.content.en ? 'VI, EN' : 'VI'}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{formatDateTime(reply.updatedAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() =>
                          setEditing({
                            id: reply.id,
                            title: reply.title,
                            vi: toDraftText(reply.content.vi),
                            en: reply.content.en ? toDraftText(reply.content.en) : null,
                          })
                        }
                      >
                        {t('canned.edit')}
                      </Button>
                      <Button size="xs" variant="default" color="red" onClick={() => setDeleting(reply)}>
                        {t('canned.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <CannedReplyDialog
          draft={editing}
          onClose={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
      {deleting && (
        <Modal
          opened
          onClose={() => setDeleting(null)}
          title={t('canned.confirmDelete', { title: deleting.title })}
          closeButtonProps={{ 'aria-label': t('canned.cancel') }}
        >
          <Stack>
            <Text size="sm">{t('canned.deleteHint')}</Text>
            {remove.error && (
              <Alert color="red" role="alert">
                {problemMessage(t, remove.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('canned.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(deleting)}>
                {t('canned.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

function CannedReplyDialog(props: { draft: Draft; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(props.draft);
  const [language, setLanguage] = useState<Language>('vi');
  const form = useFormAction({
    mutationFn: () => {
      const body = {
        title: draft.title,
        content: { vi: fromDraftText(draft.vi), ...(draft.en ? { en: fromDraftText(draft.en) } : {}) },
      };
      return draft.id
        ? unwrap(api.PUT('/api/admin/conversations/canned-replies/{id}', { params: { path: { id: draft.id } }, body }))
        : unwrap(api.POST('/api/admin/conversations/canned-replies', { body }));
    },
    onSuccess: () => {
      props.onDone(t(draft.id ? 'canned.done.change' : 'canned.done.create', { title: draft.title.trim() }));
      return queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  // Names the fields with no input on screen (the other language's, a button as a whole) in the summary.
  const label = (path: string) => {
    const [, code, field] = /^content\.(vi|en)\.(\w+)/.exec(path) ?? [];
    if (!code || !field) return undefined;
    return `${t(`canned.field.${field === 'file' ? 'fileUrl' : field}`)} (${t(`canned.language.${code}`)})`;
  };
  const current = language === 'vi' ? draft.vi : draft.en;
  const setCurrent = (text: TextDraft) => setDraft(language === 'vi' ? { ...draft, vi: text } : { ...draft, en: text });
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={draft.id ? t('canned.dialog.edit') : t('canned.dialog.create')}
      closeButtonProps={{ 'aria-label': t('canned.cancel') }}
    >
      <form onSubmit={form.handleSubmit()}>
        <Stack gap="sm">
          <TextInput
            label={t('canned.field.title')}
            description={t('canned.field.titleHint')}
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
            maxLength={100}
            required
            {...form.field('title')}
          />
          <SegmentedControl
            aria-label={t('canned.field.language')}
            value={language}
            onChange={(value) => setLanguage(value as Language)}
            data={[
              { value: 'vi', label: t('canned.language.vi') },
              { value: 'en', label: t('canned.language.en') },
            ]}
          />
          {language === 'en' && (
            <Checkbox
              label={t('canned.field.withEnglish')}
              description={t('canned.field.withEnglishHint')}
              checked={draft.en !== null}
              onChange={(event) => setDraft({ ...draft, en: event.currentTarget.checked ? emptyText() : null })}
            />
          )}
          {current && (
            <TextEditor key={language} language={language} value={current} onChange={setCurrent} form={form} />
          )}
          <FormFeedback form={form} label={label} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('canned.cancel')}
            </Button>
            <Button
              type="submit"
              loading={form.mutation.isPending}
              disabled={!draft.title.trim() || !draft.vi.text.trim()}
            >
              {t('canned.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function TextEditor({
  language,
  value,
  onChange,
  form,
}: {
  language: Language;
  value: TextDraft;
  onChange(text: TextDraft): void;
  form: FormAction<unknown, void>;
}) {
  const { t } = useTranslation();
  const field = (path: string) => form.field(`content.${language}.${path}`);
  const suffix = ` (${t(`canned.language.${language}`)})`;
  const setButton = (index: number, change: Partial<TextDraft['buttons'][number]>) =>
    onChange({
      ...value,
      buttons: value.buttons.map((button, at) => (at === index ? { ...button, ...change } : button)),
    });
  return (
    <Stack gap="xs">
      <Textarea
        label={t('canned.field.text') + suffix}
        value={value.text}
        onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        autosize
        minRows={3}
        maxLength={2000}
        required={language === 'vi'}
        {...field('text')}
      />
      <TextInput
        label={t('canned.field.imageUrl') + suffix}
        description={t('canned.field.imageUrlHint')}
        type="url"
        value={value.imageUrl}
        onChange={(event) => onChange({ ...value, imageUrl: event.currentTarget.value })}
        {...field('imageUrl')}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('canned.field.fileUrl') + suffix}
          description={t('canned.field.fileUrlHint')}
          type="url"
          value={value.fileUrl}
          onChange={(event) => onChange({ ...value, fileUrl: event.currentTarget.value })}
          {...field('file.url')}
        />
        <TextInput
          label={t('canned.field.fileName') + suffix}
          value={value.fileName}
          onChange={(event) => onChange({ ...value, fileName: event.currentTarget.value })}
          required={value.fileUrl.trim() !== ''}
          {...field('file.name')}
        />
      </Group>
      <Paper withBorder p="xs" component="fieldset" style={{ margin: 0 }}>
        <Text component="legend" size="sm" fw={500}>
          {t('canned.field.buttons') + suffix}
        </Text>
        <Stack gap={6}>
          {value.buttons.map((button, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap" data-testid="canned-button">
              <TextInput
                label={t('canned.field.buttonTitle', { n: index + 1 })}
                value={button.title}
                onChange={(event) => setButton(index, { title: event.currentTarget.value })}
                maxLength={100}
                required
                w={200}
                {...field(`buttons.${index}.title`)}
              />
              <SegmentedControl
                aria-label={t('canned.field.buttonKind', { n: index + 1 })}
                value={button.kind}
                onChange={(kind) => setButton(index, { kind: kind as ButtonKind })}
                data={[
                  { value: 'url', label: t('canned.buttonKind.url') },
                  { value: 'phone', label: t('canned.buttonKind.phone') },
                ]}
              />
              <TextInput
                label={t(`canned.field.button.${button.kind}`, { n: index + 1 })}
                type={button.kind === 'url' ? 'url' : 'tel'}
                description={button.kind === 'phone' ? t('canned.field.phoneHint') : undefined}
                value={button.value}
                onChange={(event) => setButton(index, { value: event.currentTarget.value })}
                required
                style={{ flex: 1 }}
                {...field(`buttons.${index}.${button.kind}`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('canned.removeButton', { n: index + 1 })}
                onClick={() => onChange({ ...value, buttons: value.buttons.filter((_, at) => at !== index) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {value.buttons.length < MAX_BUTTONS && (
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  onChange({ ...value, buttons: [...value.buttons, { title: '', kind: 'url', value: '' }] })
                }
              >
                {t('canned.addButton')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
