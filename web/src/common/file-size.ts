const UNITS = ['bytes', 'KB', 'MB', 'GB'];

/** 1536 → "1.5 KB"; sizes are shown in binary multiples, as file managers do. */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }

  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
