import { Alert, Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { formatBytes } from './format';

export type UploadedAttachment = Schemas['HandoffAttachment'];
type Limits = Schemas['HandoffAttachmentLimits'];

/** What the file picker offers: the formats the server takes (it decides by the content). */
const ACCEPT = [
  'image/jpeg',
  'image/png',
  'application/pdf',
  '.pdf',
  'application/msword',
  '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.docx',
].join(',');

/** Why the server refuses an upload (`errors.body` of its INVALID_INPUT answer), as the screen words it. */
const REFUSALS = ['empty', 'too_large', 'unsupported_type', 'unreadable_image'] as const;
type Refusal = (typeof REFUSALS)[number];

/** A refusal the screen can tell before uploading: a file over the server's limits (no 10 MB sent for nothing). */
function refusedBeforeUpload(file: File, limits: Limits): Refusal | null {
  if (file.size === 0) return 'empty';
  const image = file.type === 'image/jpeg' || file.type === 'image/png';
  if (file.size > limits.uploadMaxBytes || (!image && file.size > limits.documentMaxBytes)) return 'too_large';
  return null;
}

function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiProblem)) return null;
  if (error.code === 'PAYLOAD_TOO_LARGE') return 'too_large';
  const errors = error.problem.errors;
  const body = typeof errors === 'object' && errors !== null && 'body' in errors ? errors.body : undefined;
  return REFUSALS.find((reason) => reason === body) ?? null;
}

/** The server's limits, in words: sizes in the locale, formats as named. */
function useLimitWords(limits: Limits | undefined) {
  const { i18n } = useTranslation();
  if (!limits) return undefined;
  return {
    upload: formatBytes(limits.uploadMaxBytes, i18n.language),
    document: formatBytes(limits.documentMaxBytes, i18n.language),
    side: limits.imageMaxSide,
    images: limits.imageTypes.join(', '),
    documents: limits.documentTypes.join(', '),
  };
}

/**
 * An image or document for the answer to a live hand-off: picked, checked against the server's limits, uploaded at
 * once (`POST …/attachments`), shown until sent with the answer or removed. Refusals read in the official's language.
 */
export function AnswerAttachment({
  handoffId,
  attachment,
  onChange,
}: {
  handoffId: string;
  attachment: UploadedAttachment | null;
  onChange(attachment: UploadedAttachment | null): void;
}) {
  const { t, i18n } = useTranslation();
  const limits = useQuery({
    queryKey: ['handoff-attachment-limits'],
    queryFn: () => unwrap(api.GET('/api/admin/conversations/handoffs/attachment-limits')),
    staleTime: Infinity,
  });
  const words = useLimitWords(limits.data);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const refused = limits.data ? refusedBeforeUpload(file, limits.data) : null;
      if (refused) throw new RefusedFile(refused);
      return unwrap(
        api.POST('/api/admin/conversations/handoffs/{id}/attachments', {
          params: { path: { id: handoffId }, query: { name: file.name } },
          // The raw bytes: the server decides what the file is by its content.
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        }),
      );
    },
    onSuccess: (uploaded) => onChange(uploaded),
  });
  const refusal = upload.error instanceof RefusedFile ? upload.error.reason : refusalOf(upload.error);
  return (
    <Stack gap={4} data-testid="answer-attachment">
      <Group gap="xs">
        <FileButton
          accept={ACCEPT}
          onChange={(file) => {
            if (file) upload.mutate(file);
          }}
        >
          {(props) => (
            <Button {...props} variant="default" size="xs" loading={upload.isPending}>
              {t('conversation.attach')}
            </Button>
          )}
        </FileButton>
        {attachment && (
          <Group gap={4} data-testid="attached-file">
            <Text size="sm">
              {t('conversation.attached', {
                name: attachment.name,
                size: formatBytes(attachment.bytes, i18n.language),
              })}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('conversation.removeAttachment', { name: attachment.name })}
              onClick={() => {
                upload.reset();
                onChange(null);
              }}
            />
          </Group>
        )}
      </Group>
      {words && (
        <Text size="xs" c="dimmed">
          {t('conversation.attachHint', words)}
        </Text>
      )}
      {upload.error && (
        <Alert color="red" role="alert" py={6}>
          {refusal ? t(`conversation.attachRefused.${refusal}`, words ?? {}) : problemMessage(t, upload.error)}
        </Alert>
      )}
    </Stack>
  );
}

/** A file the screen refuses before uploading it, for the reason the server would give. */
class RefusedFile extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}
