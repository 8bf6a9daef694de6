import type { ThemeConfig } from 'antd';

/**
 * The kit's theme, tuned for contrast: every text colour is at least 4.5:1 on white (the kit's
 * default secondary grey, rgba(0,0,0,.45), is 3.4:1). The brand red is the seal's colour.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#a8071a',
    colorLink: '#a8071a',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#a8071a',
    colorInfo: '#0050b3',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
    borderRadius: 4,
  },
};
