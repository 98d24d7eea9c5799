import { decryptSecret, encryptSecret } from '../platform/secret-box.js';

/** Each column has its own purpose (bound as associated data): a sealed name cannot be passed off as a phone. */
const NAME_PURPOSE = 'feedback_tickets.contact_name';
const PHONE_PURPOSE = 'feedback_tickets.contact_phone';

export interface Contact {
  name: string | null;
  phone: string | null;
}

export interface SealedContact {
  contactNameSealed: string | null;
  contactPhoneSealed: string | null;
}

/** Seals a citizen's contact details for storage (AES-256-GCM with the secrets key). */
export function sealContact(key: Buffer, contact: Contact): SealedContact {
  return {
    contactNameSealed: contact.name ? encryptSecret(key, contact.name, NAME_PURPOSE) : null,
    contactPhoneSealed: contact.phone ? encryptSecret(key, contact.phone, PHONE_PURPOSE) : null,
  };
}

/** Opens sealed contact details; throws when they were sealed with another key. */
export function openContact(key: Buffer, sealed: SealedContact): Contact {
  return {
    name: sealed.contactNameSealed ? decryptSecret(key, sealed.contactNameSealed, NAME_PURPOSE) : null,
    phone: sealed.contactPhoneSealed ? decryptSecret(key, sealed.contactPhoneSealed, PHONE_PURPOSE) : null,
  };
}
