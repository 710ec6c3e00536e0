// AG Grid's Quartz theme, re-coloured and re-sized from the antd tokens so the grid looks
// like the rest of the app (same type, borders, primary and hover colours).
import { themeQuartz } from 'ag-grid-community';
import { designTokens as t } from '../../theme/antd-theme';

export const gridTheme = themeQuartz.withParams({
  browserColorScheme: 'light',
  fontFamily: t.fontFamily,
  fontSize: t.fontSize,
  headerFontSize: t.fontSize,
  headerFontWeight: 600,
  foregroundColor: t.colorText,
  textColor: t.colorText,
  backgroundColor: t.colorBgContainer,
  accentColor: t.colorPrimary,
  borderColor: t.colorBorderSecondary,
  headerBackgroundColor: t.colorFillAlter,
  headerTextColor: t.colorTextHeading,
  rowHoverColor: t.controlItemBgHover,
  selectedRowBackgroundColor: t.controlItemBgActive,
  oddRowBackgroundColor: t.colorBgContainer,
  wrapperBorderRadius: t.borderRadiusLG,
  borderRadius: t.borderRadiusSM,
  spacing: 6,
  rowHeight: 32,
  headerHeight: 36,
  cellHorizontalPadding: 10,
});
