import { Tag, type TagProps } from 'antd';
import type { CSSProperties } from 'react';

/** How a tag reads: its meaning, never only its colour (the text always says it). */
export type Tone = 'danger' | 'warning' | 'success' | 'info' | 'neutral';

/**
 * Tag colours with at least 7:1 contrast between text and background (the kit's preset colours,
 * e.g. red #cf1322 on #fff1f0, fall below 4.5:1 for small text on some backgrounds).
 */
const tones: Record<Tone, CSSProperties> = {
  danger: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  warning: { color: '#612500', background: '#fff7e6', borderColor: '#ffc069' },
  success: { color: '#092b00', background: '#f6ffed', borderColor: '#95de64' },
  info: { color: '#002c8c', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: 'rgba(0, 0, 0, 0.85)', background: '#f5f5f5', borderColor: '#d9d9d9' },
};

export function StatusTag(props: TagProps & { readonly tone: Tone }) {
  const { tone, style, ...rest } = props;
  return <Tag variant="outlined" {...rest} style={{ ...tones[tone], ...style }} />;
}
