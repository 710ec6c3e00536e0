// The one design system. antd reads this config; the AG Grid and ECharts themes derive their
// colours from the same resolved tokens so every surface matches.
import { theme, type ThemeConfig } from 'antd';
import { fontFamily } from './fonts';

/** Dense BI defaults: 13 px type and 30 px controls keep a 1366×768 screen useful. */
export const antdTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1b5fd1',
    colorInfo: '#1b5fd1',
    colorSuccess: '#389e0d',
    colorWarning: '#d48806',
    colorError: '#cf1322',
    colorBgLayout: '#f2f4f7',
    colorTextBase: '#1f2329',
    borderRadius: 4,
    fontFamily,
    fontSize: 13,
    controlHeight: 30,
    wireframe: false,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 48,
      headerPadding: '0 16px',
      siderBg: '#14213d',
      triggerBg: '#0f1a31',
      bodyBg: '#f2f4f7',
    },
    Menu: {
      darkItemBg: '#14213d',
      darkSubMenuItemBg: '#0f1a31',
      darkItemSelectedBg: '#1b5fd1',
      itemHeight: 38,
    },
    Card: {
      headerHeight: 40,
      bodyPadding: 16,
    },
    Table: {
      cellPaddingBlockSM: 6,
    },
  },
};

/** antd's fully resolved tokens for the light theme (colours, borders, text) used by other libraries. */
export const designTokens = theme.getDesignToken(antdTheme);

/** The same seed through the dark algorithm, for the large-screen mode. */
export const darkDesignTokens = theme.getDesignToken({ ...antdTheme, algorithm: theme.darkAlgorithm });
