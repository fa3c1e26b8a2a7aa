/**
 * A pack path for an evidence file: a folder named by its SHA-256, so two files never collide,
 * holding the uploaded name made safe for every unzip tool (no separators, no reserved or
 * control characters, no leading dots). UTF-8 letters stay.
 */
export function evidencePath(sha256: string, fileName: string): string {
  const safe = [...fileName]
    .map((character) =>
      /[\\/:*?"<>|]/.test(character) || character.codePointAt(0)! < 0x20 ? '_' : character,
    )
    .join('')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 120);

  return `evidence/${sha256}/${safe || 'evidence'}`;
}
