import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';

export type Unit = NonNullable<Schemas['ProvinceSettingsView']['settings']['units']>[number];

/**
 * The province's one catalogue of units (the province settings' `units`: handoff transfers, feedback routing,
 * officials' units), with each unit's name in the official's language. Every signed-in account may read it.
 */
export function useUnits() {
  const { i18n } = useTranslation();
  const settings = useQuery({
    queryKey: ['province-settings'],
    queryFn: () => unwrap(api.GET('/api/admin/settings/province')),
    staleTime: 60_000,
  });
  const units = settings.data?.settings.units ?? [];
  const nameOf = (code: string | null | undefined): string | null => {
    if (!code) return null;
    const unit = units.find((item) => item.code === code);
    if (!unit) return code;
    return (i18n.language === 'en' ? unit.name.en : undefined) ?? unit.name.vi;
  };
  const options = units.map((unit) => ({ value: unit.code, label: nameOf(unit.code) ?? unit.code }));
  return { units, options, nameOf, isPending: settings.isPending, error: settings.error };
}
