import { Box, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { fillSample, versionFor, type ComposeState, type Language } from './compose-state';

/**
 * The announcement as a follower sees it in Zalo, in either language: the image first (as its own message), then the
 * title and text with sample values in the placeholders, and the buttons under it. Citizens without an English version
 * get the Vietnamese one, all in Vietnamese, and so does the preview. For a recipient whose name or commune is not
 * known, the placeholders read what sending fills them with (the live texts' fallbacks, from the server, in the
 * language of the version read).
 */
export function PhonePreview({ state }: { state: ComposeState }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>('vi');
  const [recipient, setRecipient] = useState<'sample' | 'unknown'>('sample');
  const fallbacks = useQuery({
    queryKey: ['announcement-placeholder-fallbacks'],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/placeholder-fallbacks')),
    staleTime: 60_000,
  });
  // Citizens who chose English without an English version read the Vietnamese text, filled in Vietnamese too.
  const { version, language: filledIn } = versionFor(state, language);
  const sample =
    recipient === 'unknown' && fallbacks.data
      ? fallbacks.data[filledIn]
      : // In the language of the version shown: an English text reads English samples whatever the UI's language.
        {
          name: t('announcements.preview.sampleName', { lng: filledIn }),
          commune: t('announcements.preview.sampleCommune', { lng: filledIn }),
        };
  const empty = !version.title.trim() && !version.text.trim();
  return (
    <Stack gap="xs" data-testid="phone-preview">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('announcements.preview.title')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('announcements.preview.language')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          data={[
            { value: 'vi', label: t('announcements.language.vi') },
            { value: 'en', label: t('announcements.language.en') },
          ]}
        />
      </Group>
      <Paper withBorder radius="xl" p="xs" bg="gray.2" maw={340} w="100%">
        <Paper radius="lg" p="xs" bg="blue.8" c="white">
          <Text size="sm" fw={600}>
            {t('announcements.preview.oa')}
          </Text>
        </Paper>
        <Stack gap="xs" p="xs" mih={360}>
          {language === 'en' && !state.en && (
            <Text size="xs" c="dimmed">
              {t('announcements.preview.noEnglish')}
            </Text>
          )}
          {empty ? (
            <Text size="sm" c="dimmed">
              {t('announcements.preview.empty')}
            </Text>
          ) : (
            <>
              {version.imageUrl.trim() && (
                <Paper radius="md" bg="gray.4" p="md">
                  <Text size="xs" ta="center" style={{ wordBreak: 'break-all' }}>
                    {t('announcements.preview.image', { url: version.imageUrl.trim() })}
                  </Text>
                </Paper>
              )}
              <Paper radius="md" p="sm" bg="white" maw="92%" data-testid="preview-message">
                <Stack gap={6}>
                  <Text size="sm" fw={700}>
                    {version.title}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {fillSample(version.text, sample, filledIn)}
                  </Text>
                  {version.buttons.map((button, index) => (
                    <Button key={index} size="compact-sm" variant="light" fullWidth tabIndex={-1} component="div">
                      {button.title || t('announcements.buttons.untitled')}
                    </Button>
                  ))}
                </Stack>
              </Paper>
            </>
          )}
        </Stack>
        <Box h={6} />
      </Paper>
      <SegmentedControl
        size="xs"
        aria-label={t('announcements.preview.recipient')}
        value={recipient}
        onChange={(value) => setRecipient(value as 'sample' | 'unknown')}
        data={[
          { value: 'sample', label: t('announcements.preview.recipientSample') },
          { value: 'unknown', label: t('announcements.preview.recipientUnknown'), disabled: !fallbacks.data },
        ]}
      />
      <Text size="xs" c="dimmed" data-testid="preview-values">
        {t(
          recipient === 'unknown' && fallbacks.data
            ? 'announcements.preview.unknownHint'
            : 'announcements.preview.sampleHint',
          sample,
        )}
      </Text>
    </Stack>
  );
}
