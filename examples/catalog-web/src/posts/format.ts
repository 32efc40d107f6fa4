// Dates are calendar days ("2024-05-28"): shown as that day wherever the reader is, not shifted by their time zone.
const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDay(day: string | null | undefined): string {
  if (!day) return 'Undated';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

// A post without a slug (some seed documents give none) is reached by its global id instead.
export function postPath(post: { id: string; slug?: string | null }): string {
  return post.slug ? `/post/${encodeURIComponent(post.slug)}` : `/post-id/${encodeURIComponent(post.id)}`;
}
