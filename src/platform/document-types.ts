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
