import type { Language, TemplateRenderer } from '../conversation/index.js';
import type { Business } from './model.js';

/** What templates show of a business: its status and representatives in the citizen's language where we can. */
export interface BusinessView {
  name: string;
  taxCode: string;
  address: string;
  /** A status the register is known to use in the citizen's language; any other in the register's words. */
  status: string;
  representative: string;
}

export function convertBusinessToView(
  business: Business,
  language: Language,
  renderer: Pick<TemplateRenderer, 't'>,
): BusinessView {
  const representative = business.representatives
    .map((r) =>
      r.position
        ? renderer.t('lgsp:business.representative', language, { name: r.name, position: r.position })
        : renderer.t('lgsp:business.representative_without_position', language, { name: r.name }),
    )
    .join(renderer.t('lgsp:business.representative_separator', language));
  return {
    name: business.name,
    taxCode: business.taxCode,
    address: business.address,
    status:
      business.status === null ? business.statusText : renderer.t(`lgsp:business_status.${business.status}`, language),
    representative: representative || renderer.t('lgsp:business.no_representative', language),
  };
}
