const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A full date the page prints about itself ("2025年02月21日 来源:", "First Published: May 31,
 * 2019", "Updated: 2024-06-22"), used as the published date when the feed gives none. Only
 * full dates with a year count, from metadata-looking lines near the top or the bottom.
 */
export function findPageDate(text: string): string | null {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const candidates = [...lines.slice(0, 6), ...lines.slice(-4)].filter((line) => line.length < 120);
  for (const line of candidates) {
    const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
    if (zh && !/[。！？]/.test(line)) return iso(Number(zh[1]), Number(zh[2]), Number(zh[3]));
    const numeric = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(line);
    if (numeric && line.length < 80) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    const en = /(?:Published|Updated|Posted|Date)\s*:?\s*(?:on\s+)?([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(line);
    const month = en ? MONTHS.findIndex((m) => m.startsWith((en[1] ?? '').toLowerCase().slice(0, 3))) + 1 : 0;
    if (en && month > 0) return iso(Number(en[3]), month, Number(en[2]));
  }
  return null;
}
