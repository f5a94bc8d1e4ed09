import { describe, expect, it } from 'vitest';
import { normalizeFileName } from './normalizeFileName';
import { sniffMediaType } from './sniffMediaType';

describe('normalizeFileName', () => {
  it('keeps an ordinary name with accents', () => {
    expect(normalizeFileName('Planimetria è già pronta.pdf', 'application/pdf')).toBe(
      'Planimetria è già pronta.pdf',
    );
    expect(normalizeFileName(encodeURIComponent('città.jpeg'), 'image/jpeg')).toBe('città.jpeg');
  });

  it('drops path parts, control and bidi characters', () => {
    expect(normalizeFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(normalizeFileName('C:\\Users\\x\\doc.pdf', 'application/pdf')).toBe('doc.pdf');
    // "foto\u202Egpj.exe" shows as "fotoexe.jpg": the override goes, the real extension shows.
    expect(normalizeFileName('foto\u202Egpj.exe', 'image/png')).toBe('fotogpj.exe.png');
    expect(normalizeFileName('a\u0000b\u200Bc\u2066.pdf', 'application/pdf')).toBe('abc.pdf');
  });

  it('names an empty name and cuts a long one, keeping the extension', () => {
    expect(normalizeFileName('', 'application/pdf')).toBe('allegato.pdf');
    expect(normalizeFileName(' ... ', 'image/png')).toBe('allegato.png');
    const long = normalizeFileName('x'.repeat(400) + '.pdf', 'application/pdf');
    expect(long).toHaveLength(255);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('sniffMediaType', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('recognises files by their magic bytes, not their names', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffMediaType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(bytes('GIF89a..'))).toBe('image/gif');
    expect(sniffMediaType(bytes('RIFF....WEBPVP8 '))).toBe('image/webp');
    expect(sniffMediaType(bytes('MZ\x90\x00'))).toBeUndefined();
    expect(sniffMediaType(bytes('hello'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});
