import { Tooltip } from 'antd';
import { StatusTag } from './StatusTag';

/** What 暂定 means, for the years a date rests on (or "the years concerned" when not known). */
export function provisionalHintZh(years?: readonly number[]): string {
  const which = years?.length ? years.map((y) => `${y}年`).join('、') : '相关年份';
  return `${which}的官方节假日安排尚未载入，届满日暂按周末和法定节假日计算（未计调休），载入后将自动重新计算。`;
}

/** The 暂定 badge: its meaning on hover and keyboard focus (pages also say it in the text). */
export function ProvisionalBadge(props: { readonly years?: readonly number[] }) {
  return (
    <Tooltip title={`暂定：${provisionalHintZh(props.years)}`}>
      <StatusTag tone="warning" tabIndex={0} data-testid="provisional-badge">
        暂定
      </StatusTag>
    </Tooltip>
  );
}
