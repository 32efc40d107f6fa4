import type { ReactNode } from 'react';

// The API sends highlights HTML-escaped with matching words in <mark>...</mark>. Rather than hand that string to
// innerHTML, it is split on exactly those two tags and every other piece becomes a text node (entities decoded), so
// <mark> is the only element that can come out of it: a stray <script> or <img onerror> shows as text.
const markTag = /(<mark>|<\/mark>)/;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

export function highlightParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let depth = 0;
  for (const piece of html.split(markTag)) {
    if (piece === '<mark>') depth++;
    else if (piece === '</mark>') depth = Math.max(0, depth - 1);
    else if (piece) parts.push({ text: decodeEntities(piece), marked: depth > 0 });
  }
  return parts;
}

// A hit found only through its category or author names has no marked word in its title or excerpt.
export function hasMark(html: string | null | undefined): boolean {
  return !!html && html.includes('<mark>');
}

export function Highlight({ html, fallback }: { html: string | null | undefined; fallback?: string | null }): ReactNode {
  if (!html) return fallback ?? null;
  return highlightParts(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text));
}
