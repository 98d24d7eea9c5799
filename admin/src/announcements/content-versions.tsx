import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComposeState, Language, VersionForm } from './compose-state';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/**
 * What was written, in each language, as it is stored: the approver reads both versions side by side before
 * approving, with the placeholders as typed and where each button leads (the phone preview shows only its words).
 */
export function ContentVersions({ state }: { state: ComposeState }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="content-versions">
      {LANGUAGES.map((language) => {
        const version = state[language];
        return (
          <Paper key={language} withBorder p="sm" data-testid={`content-version-${language}`}>
            <Stack gap={6}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {t(`announcements.language.${language}`)}
                </Text>
                {!version && (
                  <Badge color="gray" variant="light">
                    {t('announcements.versions.none')}
                  </Badge>
                )}
              </Group>
              {version ? (
                <VersionText version={version} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('announcements.versions.noEnglish')}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function VersionText({ version }: { version: VersionForm }) {
  const { t } = useTranslation();
  const image = version.imageUrl.trim();
  return (
    <>
      <Text size="sm" fw={700}>
        {version.title}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {version.text}
      </Text>
      {image && (
        <Text size="xs" style={{ wordBreak: 'break-all' }}>
          {t('announcements.versions.image')}{' '}
          <Anchor href={image} target="_blank" rel="noreferrer" size="xs">
            {image}
          </Anchor>
        </Text>
      )}
      {version.buttons.length > 0 && (
        <List size="xs" spacing={2}>
          {version.buttons.map((button, index) => (
            <List.Item key={index} style={{ wordBreak: 'break-all' }}>
              {t(`announcements.versions.button.${button.type}`, { title: button.title, value: button.value })}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
