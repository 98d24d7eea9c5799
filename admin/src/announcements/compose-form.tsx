import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  Stack,
  Switch,
  Tabs,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  emptyVersion,
  MAX_BUTTONS,
  type AudienceForm,
  type ButtonType,
  type ComposeState,
  type Language,
  type VersionForm,
} from './compose-state';
import { communeCode, communeLabel, topicCode, topicLabel } from './audience-names';
import { useCommunes, useTopics } from './use-audience-names';

const MAX_TITLE = 200;
const MAX_TEXT = 2000;
const BUTTON_TYPES: readonly ButtonType[] = ['link', 'phone', 'flow'];
/** The request body's name of each button type's value. */
const BUTTON_VALUE: Record<ButtonType, string> = { link: 'url', phone: 'phone', flow: 'flow' };
/** The last save's problem with a request body path, to show under its input (`useFormAction`'s `field`). */
type Field = (path: string) => { error: string | undefined };

/** The content in both languages (tabs) and who receives it; the phone preview beside it follows every key. */
export function ComposeForm(props: { state: ComposeState; onChange(next: ComposeState): void; field: Field }) {
  const { state, onChange, field } = props;
  const { t } = useTranslation();
  return (
    <Stack>
      <Tabs defaultValue="vi" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="vi">{t('announcements.language.vi')}</Tabs.Tab>
          <Tabs.Tab value="en">{t('announcements.language.en')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="vi" pt="sm">
          <VersionFields language="vi" version={state.vi} onChange={(vi) => onChange({ ...state, vi })} field={field} />
        </Tabs.Panel>
        <Tabs.Panel value="en" pt="sm">
          <Stack>
            <Switch
              label={t('announcements.compose.addEnglish')}
              description={t('announcements.compose.addEnglishHint')}
              checked={state.en !== null}
              onChange={(event) => onChange({ ...state, en: event.currentTarget.checked ? emptyVersion() : null })}
            />
            {state.en && (
              <VersionFields
                language="en"
                version={state.en}
                onChange={(en) => onChange({ ...state, en })}
                field={field}
              />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <AudienceFields
        audience={state.audience}
        onChange={(audience) => onChange({ ...state, audience })}
        field={field}
      />
    </Stack>
  );
}

function VersionFields(props: {
  language: Language;
  version: VersionForm;
  onChange(next: VersionForm): void;
  field: Field;
}) {
  const { language, version, onChange } = props;
  const { t } = useTranslation();
  const field = (path: string) => props.field(`content.${language}.${path}`);
  const suffix = t(`announcements.language.${language}`);
  const setButton = (index: number, change: Partial<VersionForm['buttons'][number]>) =>
    onChange({
      ...version,
      buttons: version.buttons.map((button, i) => (i === index ? { ...button, ...change } : button)),
    });
  return (
    <Stack gap="sm">
      <TextInput
        label={`${t('announcements.compose.title')} (${suffix})`}
        value={version.title}
        maxLength={MAX_TITLE}
        required
        onChange={(event) => onChange({ ...version, title: event.currentTarget.value })}
        {...field('title')}
      />
      <Textarea
        label={`${t('announcements.compose.text')} (${suffix})`}
        description={t('announcements.compose.textHint')}
        value={version.text}
        maxLength={MAX_TEXT}
        autosize
        minRows={5}
        required
        onChange={(event) => onChange({ ...version, text: event.currentTarget.value })}
        {...field('text')}
      />
      <TextInput
        label={`${t('announcements.compose.image')} (${suffix})`}
        description={t('announcements.compose.imageHint')}
        value={version.imageUrl}
        type="url"
        onChange={(event) => onChange({ ...version, imageUrl: event.currentTarget.value })}
        {...field('imageUrl')}
      />
      <Fieldset legend={t('announcements.buttons.legend', { max: MAX_BUTTONS })} variant="unstyled">
        <Stack gap="xs">
          {version.buttons.map((button, index) => (
            <Group key={index} align="flex-end" gap="xs" wrap="nowrap" data-testid="button-row">
              <Select
                label={t('announcements.buttons.type')}
                data={BUTTON_TYPES.map((value) => ({ value, label: t(`announcements.buttons.types.${value}`) }))}
                value={button.type}
                allowDeselect={false}
                onChange={(value) => setButton(index, { type: (value as ButtonType | null) ?? 'link' })}
                w={150}
              />
              <TextInput
                label={t('announcements.buttons.title', { n: index + 1 })}
                value={button.title}
                maxLength={100}
                onChange={(event) => setButton(index, { title: event.currentTarget.value })}
                style={{ flex: 1 }}
                {...field(`buttons.${index}.title`)}
              />
              <TextInput
                label={t(`announcements.buttons.value.${button.type}`, { n: index + 1 })}
                value={button.value}
                onChange={(event) => setButton(index, { value: event.currentTarget.value })}
                style={{ flex: 1 }}
                {...field(`buttons.${index}.${BUTTON_VALUE[button.type]}`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('announcements.buttons.remove', { n: index + 1 })}
                onClick={() => onChange({ ...version, buttons: version.buttons.filter((_, i) => i !== index) })}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          {version.buttons.length < MAX_BUTTONS && (
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  onChange({ ...version, buttons: [...version.buttons, { type: 'link', title: '', value: '' }] })
                }
              >
                {t('announcements.buttons.add')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}

function AudienceFields(props: { audience: AudienceForm; onChange(next: AudienceForm): void; field: Field }) {
  const { audience, onChange, field } = props;
  const { t, i18n } = useTranslation();
  const communes = useCommunes();
  const topics = useTopics();
  const tagsInput = (
    <TagsInput
      label={t('announcements.audience.tags')}
      description={t('announcements.audience.tagsHint')}
      value={audience.tags}
      onChange={(value) => onChange({ ...audience, tags: value })}
      splitChars={[',', ' ']}
      clearable
      {...field('audience.tags')}
    />
  );
  // Topics by name ("Giao thông (giao-thong)"), kept as their codes; a code no topic has is shown as it is.
  const named = (topics?.length ?? 0) > 0;
  const topicPicker = (
    <TagsInput
      label={t('announcements.audience.topics')}
      description={t(named ? 'announcements.audience.topicsHint' : 'announcements.audience.topicsCodeHint')}
      data={topics?.map((topic) => topicLabel(topics, topic.code, i18n.language)) ?? []}
      value={audience.topics.map((code) => topicLabel(topics, code, i18n.language))}
      onChange={(value) =>
        onChange({ ...audience, topics: [...new Set(value.map((entry) => topicCode(topics, entry)))] })
      }
      splitChars={named ? [','] : [',', ' ']}
      clearable
      {...field('audience.topics')}
    />
  );
  // Communes by name from the LGSP's catalogue ("Phường Kinh Bắc (07103)"); codes typed as they are without it.
  const communePicker = (
    <TagsInput
      label={t('announcements.audience.communes')}
      description={t(communes ? 'announcements.audience.communesHint' : 'announcements.audience.communesCodeHint')}
      data={communes?.map((commune) => communeLabel(communes, commune.code)) ?? []}
      value={audience.communes.map((code) => communeLabel(communes, code))}
      onChange={(value) =>
        onChange({ ...audience, communes: [...new Set(value.map((entry) => communeCode(communes, entry)))] })
      }
      splitChars={communes ? [','] : [',', ' ']}
      limit={20}
      clearable
      {...field('audience.communes')}
    />
  );
  return (
    <Fieldset legend={t('announcements.audience.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('announcements.audience.intro')}
        </Text>
        {tagsInput}
        {communePicker}
        {topicPicker}
        <Checkbox.Group
          label={t('announcements.audience.languages')}
          description={t('announcements.audience.languagesHint')}
          value={audience.languages}
          onChange={(value) => onChange({ ...audience, languages: value as Language[] })}
          {...field('audience.languages')}
        >
          <Group mt={4}>
            <Checkbox value="vi" label={t('announcements.language.vi')} />
            <Checkbox value="en" label={t('announcements.language.en')} />
          </Group>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}
