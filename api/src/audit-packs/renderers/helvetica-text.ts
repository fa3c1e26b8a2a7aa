/**
 * The PDF summary uses the standard Helvetica font so that it embeds no font file; Helvetica
 * only encodes Latin-1 there. Text outside it is transliterated where a plain Latin letter
 * says the same (`ż` → `z`, `ł` → `l`, `“` → `"`) and becomes `?` otherwise, so that no
 * title can break the PDF or print as garbage.
 */

const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  œ: 'oe',
  Œ: 'OE',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': ',',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '*',
  '\u20AC': 'EUR',
  '\u2122': 'TM',
};

export function toHelveticaText(text: string): string {
  let result = '';
  for (const character of text) result += helveticaCharacter(character);

  return result;
}

function helveticaCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  // Tabs, line breaks and other control characters would break the line layout.
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return ' ';
  if (code <= 0xff) return character;

  const known = TRANSLITERATIONS[character];
  if (known) return known;

  const base = character.normalize('NFKD').replace(/\p{M}/gu, '');
  const printable = base.length > 0 && [...base].every((part) => isPrintableLatin1(part));

  return printable ? base : '?';
}

function isPrintableLatin1(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;

  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff);
}
