/**
 * The Gulpease readability index of an Italian text:
 *
 *     G = 89 + (300 · sentences − 10 · letters) / words
 *
 * from P. Lucisano, M. E. Piemontese, "GULPEASE: una formula per la predizione della
 * difficoltà dei testi in lingua italiana", Scuola e città 3 (1988), pp. 110-124.
 * Below 60 a text is hard for readers with only compulsory schooling, which is why lint
 * flags it; 80 and above is easy for them.
 *
 * Counting rules (the paper counts by hand; these make it mechanical):
 * - letters: alphabetic characters (accented ones included); digits and punctuation don't count;
 * - words: tokens between spaces with a letter or digit in them ("33/2013" = 1 word); an
 *   apostrophe splits an elision ("dell'ufficio" = 2 words);
 * - sentences: each run of . ! ? ; … that ends a word and is followed by a space or the end,
 *   plus one for trailing text with no full stop, so a label fragment is one sentence.
 *   A dot inside a token ("D.Lgs", "3.5") does not end a sentence; "art. 2" does (overcounting).
 *
 * A text with no words has no index: `NaN`.
 */
export function gulpease(text: string): number {
  const words = text.split(/[\s'’]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words === 0) return Number.NaN;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return 89 + (300 * countSentences(text) - 10 * letters) / words;
}

function countSentences(text: string): number {
  let sentences = 0;
  let open = false;
  for (const token of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) open = true;
    if (open && /[.!?;…]+["'»”)\]]*$/u.test(token)) {
      sentences++;
      open = false;
    }
  }
  return sentences + (open ? 1 : 0);
}
