import { EXTENSION_OF } from './sniffMediaType';

// Control characters, bidirectional controls (U+202E turns "gpj.exe" into "exe.jpg" on screen),
// zero-width characters and the BOM: none belongs in a file name shown to staff.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * A file name safe to store and show: percent-decoded, NFC, only its last path part, without
 * control, bidi or zero-width characters, at most 255 characters, and ending with the extension
 * of the sniffed media type (so a PDF named "foto.exe" is stored as "foto.exe.pdf").
 */
export function normalizeFileName(raw: string | undefined, mediaType: string): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep the text as it came.
  }
  name = name.normalize('NFC').replace(INVISIBLE, '');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(/^[\s.]+|[\s.]+$/g, '');
  const ext = EXTENSION_OF[mediaType];
  if (name === '') name = 'allegato';
  if (ext && !name.toLowerCase().endsWith(`.${ext}`) && !(ext === 'jpg' && /\.jpe?g$/i.test(name)))
    name = `${name}.${ext}`;
  if (name.length > 255) {
    const suffix = ext ? `.${ext}` : '';
    name = [...name.slice(0, 255 - suffix.length)].join('') + suffix;
  }
  return name;
}
