import {
  Alert,
  Anchor,
  Autocomplete,
  ActionIcon,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage, unitsInUse } from '../auth/problem-message';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction, type FormAction } from '../forms/use-form-action';
import { PageLoader } from '../shell/page-loader';
import { OutageEditor } from './outage-editor';

type View = Schemas['ProvinceSettingsView'];
type Settings = View['settings'];
type Field = keyof Settings;
const FIELDS: readonly Field[] = [
  'name',
  'nameEn',
  'hotline',
  'officeAddress',
  'portalUrl',
  'addressForm',
  'officeHours',
  'holidays',
  'outage',
  'units',
];
const ADDRESS_FORMS = ['anh/chị', 'Ông/Bà', 'bạn'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The server's rule for a unit code. */
const UNIT_CODE = /^[a-z0-9][a-z0-9_.-]{0,39}$/;
type Unit = NonNullable<Settings['units']>[number];

/**
 * The province's units (sở, ban, UBND xã…): the one list that hand-off transfers, feedback routing and officials'
 * units choose from. A code, once used, is best kept: tickets and accounts refer to it.
 */
function UnitsEditor(props: {
  value: readonly Unit[];
  onChange(units: Unit[]): void;
  label: ReactNode;
  hint: ReactNode;
  field(path: string): { error: string | undefined };
}) {
  const { field } = props;
  const { value, onChange } = props;
  const { t } = useTranslation();
  const change = (index: number, unit: Unit) => onChange(value.map((item, i) => (i === index ? unit : item)));
  return (
    <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        {props.label}
      </Text>
      <Text size="xs" c="dimmed">
        {props.hint}
      </Text>
      {value.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table data-testid="units">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.unit.code')}</Table.Th>
                <Table.Th>{t('settings.unit.nameVi')}</Table.Th>
                <Table.Th>{t('settings.unit.nameEn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((unit, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('settings.unit.codeOf', { row: index + 1 })}
                      value={unit.code}
                      onChange={(e) => change(index, { ...unit, code: e.currentTarget.value.trim().toLowerCase() })}
                      error={
                        unit.code && !UNIT_CODE.test(unit.code)
                          ? t('settings.unit.badCode')
                          : field(`units.${index}.code`).error
                      }
                      maxLength={40}
                      w={140}
                      ff="monospace"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('settings.unit.nameViOf', { row: index + 1 })}
                      value={unit.name.vi}
                      onChange={(e) => change(index, { ...unit, name: { ...unit.name, vi: e.currentTarget.value } })}
                      maxLength={200}
                      {...field(`units.${index}.name.vi`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('settings.unit.nameEnOf', { row: index + 1 })}
                      value={unit.name.en ?? ''}
                      onChange={(e) => {
                        const en = e.currentTarget.value;
                        change(index, { ...unit, name: en ? { ...unit.name, en } : { vi: unit.name.vi } });
                      }}
                      maxLength={200}
                      {...field(`units.${index}.name.en`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('settings.unit.remove', { row: index + 1 })}
                      onClick={() => onChange(value.filter((_item, i) => i !== index))}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        onClick={() => onChange([...value, { code: '', name: { vi: '' } }])}
      >
        {t('settings.unit.add')}
      </Button>
    </Stack>
  );
}

/**
 * What citizens are told about the province (name, hotline, one-stop shop, portal, office hours, holidays) and how the
 * bot addresses them. A field an admin changed overrides the server's configuration until it is set back.
 */
export default function ProvinceSettingsPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const view = useQuery({
    queryKey: ['province-settings'],
    queryFn: () => unwrap(api.GET('/api/admin/settings/province')),
  });
  if (view.error) {
    return (
      <Alert color="red" role="alert">
        {problemMessage(t, view.error)}
      </Alert>
    );
  }
  if (!view.data) return <PageLoader />;
  // The form starts again from what the server answers after a save; the notice outlives it.
  return <SettingsForm key={JSON.stringify(view.data)} view={view.data} notice={notice} onNotice={setNotice} />;
}

function SettingsForm(props: { view: View; notice: string | null; onNotice(notice: string | null): void }) {
  const { view, notice, onNotice: setNotice } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Settings>(view.settings);
  /** Fields the admin asked to take from the configuration again. */
  const [reset, setReset] = useState<ReadonlySet<Field>>(new Set());
  const changed = (field: Field) => view.changed[field] !== undefined && !reset.has(field);
  const edited = (field: Field) => JSON.stringify(values[field]) !== JSON.stringify(view.settings[field]);

  const form: FormAction<View, void> = useFormAction({
    noticeState: [notice, setNotice],
    mutationFn: () => {
      // The body replaces what admins changed: keep earlier changes, add the fields edited now.
      const body: Partial<Settings> = {};
      for (const field of FIELDS) {
        if (reset.has(field) && !edited(field)) continue;
        if (view.changed[field] !== undefined || edited(field)) Object.assign(body, { [field]: values[field] });
      }
      return unwrap(api.PUT('/api/admin/settings/province', { body }));
    },
    onSuccess: (next) => {
      queryClient.setQueryData(['province-settings'], next);
      return t('settings.saved');
    },
  });
  const set = <K extends Field>(field: K, value: Settings[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const badHolidays = values.holidays.filter((day) => !DATE.test(day));
  const badUnits = (values.units ?? []).some((unit) => !UNIT_CODE.test(unit.code) || !unit.name.vi.trim());
  const outage = values.outage;
  const badOutage =
    outage !== undefined &&
    (!outage.vi.trim() || !outage.start || !outage.end || Date.parse(outage.end) <= Date.parse(outage.start));
  const label = (field: Field) => (
    <>
      {t(`settings.field.${field}`)}
      {changed(field) && (
        <Badge size="xs" variant="light" color="blue" component="span" ml={6}>
          {t('settings.changed')}
        </Badge>
      )}
    </>
  );
  const resetLink = (field: Field): ReactNode =>
    changed(field) ? (
      <Anchor
        component="button"
        type="button"
        size="xs"
        onClick={() => setReset((current) => new Set([...current, field]))}
        aria-label={t('settings.resetField', { field: t(`settings.field.${field}`) })}
      >
        {t('settings.reset')}
      </Anchor>
    ) : null;
  const hint = (field: Field) => (
    <>
      {t(`settings.hint.${field}`)} {resetLink(field)}
    </>
  );

  return (
    <Stack maw={760}>
      <Title order={1} size="h3">
        {t('settings.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('settings.intro')}
      </Text>
      {view.refused.length > 0 && (
        // Stored changes the current rules refuse are not in effect: said here, not dropped silently.
        <Alert color="orange" role="alert" title={t('settings.refused.title')} data-testid="settings-refused">
          <Text size="sm">{t('settings.refused.body')}</Text>
          <List size="sm">
            {view.refused.map((refused) => (
              <List.Item key={refused.field}>
                {t(`settings.field.${refused.field}`, { defaultValue: refused.field })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder p="md" component="form" onSubmit={form.handleSubmit()} aria-label={t('settings.title')}>
        <Stack>
          <TextInput
            label={label('name')}
            description={hint('name')}
            {...form.field('name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            maxLength={100}
            required
          />
          <TextInput
            label={label('nameEn')}
            description={hint('nameEn')}
            {...form.field('nameEn')}
            value={values.nameEn ?? ''}
            onChange={(e) => {
              // Empty: no English name (English messages use the Vietnamese one).
              const nameEn = e.currentTarget.value;
              setValues(({ nameEn: _previous, ...rest }) => (nameEn.trim() ? { ...rest, nameEn } : rest));
            }}
            maxLength={100}
          />
          <TextInput
            label={label('hotline')}
            description={hint('hotline')}
            {...form.field('hotline')}
            value={values.hotline}
            onChange={(e) => set('hotline', e.currentTarget.value)}
            maxLength={40}
            required
          />
          <TextInput
            label={label('officeAddress')}
            description={hint('officeAddress')}
            {...form.field('officeAddress')}
            value={values.officeAddress}
            onChange={(e) => set('officeAddress', e.currentTarget.value)}
            maxLength={300}
            required
          />
          <TextInput
            label={label('portalUrl')}
            description={hint('portalUrl')}
            {...form.field('portalUrl')}
            type="url"
            value={values.portalUrl}
            onChange={(e) => set('portalUrl', e.currentTarget.value)}
            required
          />
          <Autocomplete
            label={label('addressForm')}
            description={hint('addressForm')}
            {...form.field('addressForm')}
            data={ADDRESS_FORMS}
            value={values.addressForm}
            onChange={(value) => set('addressForm', value)}
            maxLength={20}
            required
          />
          <TextInput
            label={label('officeHours')}
            description={hint('officeHours')}
            {...form.field('officeHours')}
            value={values.officeHours}
            onChange={(e) => set('officeHours', e.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            required
          />
          <TagsInput
            label={label('holidays')}
            description={hint('holidays')}
            value={values.holidays}
            onChange={(value) => set('holidays', [...new Set(value.map((day) => day.trim()))].sort())}
            splitChars={[',', ' ', ';']}
            error={
              badHolidays.length > 0
                ? t('settings.badHolidays', { days: badHolidays.join(', ') })
                : form.field('holidays').error
            }
            clearable
          />
          <OutageEditor
            label={label('outage')}
            hint={hint('outage')}
            value={values.outage}
            onChange={(value) => set('outage', value)}
            active={view.outageActive}
            field={form.field}
          />
          <UnitsEditor
            label={label('units')}
            hint={hint('units')}
            value={values.units ?? []}
            onChange={(units) => set('units', units)}
            field={form.field}
          />
          <FormFeedback form={form} label={(path) => t(`settings.field.${path.split('.')[0] ?? ''}`)}>
            {unitsInUse(form.mutation.error).length > 0 && (
              <List size="sm" mt="xs">
                {unitsInUse(form.mutation.error).map((unit) => (
                  <List.Item key={unit.code}>{t('settings.unitInUse', { ...unit })}</List.Item>
                ))}
              </List>
            )}
          </FormFeedback>
          <Group>
            <Button
              type="submit"
              loading={form.mutation.isPending}
              disabled={badHolidays.length > 0 || badUnits || badOutage}
            >
              {t('settings.save')}
            </Button>
            {reset.size > 0 && (
              <Text size="sm" c="orange.9">
                {t('settings.resetPending', { count: reset.size })}
              </Text>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
