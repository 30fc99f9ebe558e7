/**
 * FHIR Attachment.data is base64. Text attachments (clinical notes, text/plain, text/html, …)
 * are decoded, scrubbed like any free text and re-encoded; anything else (images, PDFs) cannot
 * be scrubbed in place and is removed by the caller.
 */
const TEXT_TYPES = /^(text\/|application\/(json|xml|fhir\+json|fhir\+xml)\b)/i;

export function isTextContentType(contentType: string | undefined): boolean {
  return contentType !== undefined && TEXT_TYPES.test(contentType.trim());
}

/** The attachment's text, or null when it is not valid base64 of UTF-8 text. */
export function decodeTextAttachment(data: string): string | null {
  const compact = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return null;
  const bytes = Buffer.from(compact, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeTextAttachment(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
