import { formatDateZh } from '../../shared/calendar/time';

/** Dates as people in China write them, always in Beijing time whatever the browser's zone. */
const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2026-02-10" (a calendar day) or an ISO instant → "2026年2月10日". */
export function formatDate(value: string | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateZh(value);
  return dateFormat.format(new Date(value));
}

export const formatDateTime = (iso: string | undefined): string =>
  iso ? dateTimeFormat.format(new Date(iso)) : '';
