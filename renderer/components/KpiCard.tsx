// One headline figure. The raw number rides along in data-value so tests (and later the
// Excel export) compare against SQL without parsing localized text.
import type { ReactNode } from 'react';
import { Card, Typography, theme } from 'antd';

export interface KpiCardProps {
  testId: string;
  title: ReactNode;
  /** The unformatted value: a count, or a fraction for rates. */
  rawValue: number | null;
  display: string;
  /** Full-precision text for the hover title when `display` is compact. */
  exact?: string;
  footer?: ReactNode;
  extra?: ReactNode;
  accent?: string;
}

export function KpiCard({ testId, title, rawValue, display, exact, footer, extra, accent }: KpiCardProps) {
  const { token } = theme.useToken();
  return (
    <div data-testid={testId} data-value={rawValue === null ? '' : String(rawValue)} style={{ height: '100%' }}>
      <Card size="small" style={{ height: '100%', borderTop: `3px solid ${accent ?? token.colorPrimary}` }} styles={{ body: { padding: '12px 16px' } }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 4, color: token.colorTextSecondary }}>
          <span>{title}</span>
          {extra}
        </div>
        <div
          title={exact}
          data-testid={`${testId}-display`}
          style={{
            fontSize: 28,
            lineHeight: '36px',
            fontWeight: 600,
            color: token.colorText,
            fontVariantNumeric: 'tabular-nums',
            margin: '4px 0 2px',
          }}
        >
          {display}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {footer}
        </Typography.Text>
      </Card>
    </div>
  );
}
