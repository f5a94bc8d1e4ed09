const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

/** DER of the signedData OID 1.2.840.113549.1.7.2, found near the start of a CAdES (.p7m) file. */
const SIGNED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

/**
 * The media type of a file from its first bytes (magic numbers), never from its name or the
 * type the client declared. Undefined when the content is of no type we recognise.
 */
export function sniffMediaType(head: Uint8Array): string | undefined {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image/tiff';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  if (startsWith(head, ascii('<?xml'))) return 'application/xml';
  // A CAdES signed file (.p7m, "firma digitale"): a DER SEQUENCE holding the signedData OID.
  if (head[0] === 0x30) {
    const window = head.subarray(0, 64);
    for (let i = 0; i + SIGNED_DATA_OID.length <= window.length; i++)
      if (startsWith(window, SIGNED_DATA_OID, i)) return 'application/pkcs7-mime';
  }
  return undefined;
}

/** The usual extension of a media type we sniff. */
export const EXTENSION_OF: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'application/zip': 'zip',
  'application/xml': 'xml',
  'application/pkcs7-mime': 'p7m',
};
