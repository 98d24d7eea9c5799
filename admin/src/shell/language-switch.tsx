import { Box, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={(value) => void switchLanguage(value as Language)}
      data={[
        { value: 'vi', label: <Label name="Tiếng Việt" short="VI" /> },
        { value: 'en', label: <Label name="English" short="EN" /> },
      ]}
    />
  );
}

/** A language by its own name, or its code on a phone's narrow header (the name kept as the abbreviation's title). */
function Label({ name, short }: { name: string; short: string }) {
  return (
    <>
      <Box component="span" visibleFrom="sm">
        {name}
      </Box>
      <Box component="abbr" hiddenFrom="sm" title={name} style={{ textDecoration: 'none' }}>
        {short}
      </Box>
    </>
  );
}
