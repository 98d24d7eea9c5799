import path from 'node:path';

/**
 * Documents exchanged with citizens (an official's answer, a file a citizen sends during a handoff), recognised by
 * their first bytes, never by the name or the declared type alone.
 */
export const DOCUMENT_TYPES = [
  { extension: 'pdf', contentType: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1') },
  {
    extension: 'doc',
    contentType: 'application/msword',
    magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
  {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  },
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const startsWith = (data: Buffer, magic: Buffer) =>
  data.length >= magic.length && data.subarray(0, magic.length).equals(magic);

/**
 * The document type the bytes announce (PDF, DOC, DOCX), or null. A ZIP is a DOCX only when its name says so (XLSX
 * and others share the magic bytes).
 */
export function detectDocumentType(data: Buffer, name: string): DocumentType | null {
  const type = DOCUMENT_TYPES.find((candidate) => startsWith(data, candidate.magic));
  if (!type || (type.extension === 'docx' && !/\.docx$/i.test(name))) return null;
  return type;
}

/**
 * A file name a citizen or an official may see, with the extension of what the bytes are (never the sender's: a PDF
 * named `x.html` downloads as `x.pdf`): the path and control characters dropped, at most 200 characters.
 */
export function documentFileName(name: string, extension: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    .replace(/\p{Cc}|"/gu, '')
    .trim();
  const stem = (base.replace(/\.[^.]*$/, '') || 'tep-dinh-kem').slice(0, 190);
  return `${stem}.${extension}`;
}

/** The extension of a stored document's content type (`bin` for one this list does not know). */
export function documentExtension(contentType: string | null): string {
  return DOCUMENT_TYPES.find((type) => type.contentType === contentType)?.extension ?? 'bin';
}
