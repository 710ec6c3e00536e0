// One number of the Check section: a label, the value large, what qualifies it small below. The
// raw value rides along in data-value so a test compares the screen with campaign.effect.
import type { ReactNode } from 'react';
import { Typography } from 'antd';

export interface EffectStatProps {
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  testId: string;
  raw?: number | null;
  tone?: 'success' | 'danger' | 'secondary';
  /** Secondary numbers (Wald beside Newcombe, the p-value) in a smaller face, so one row holds five. */
  compact?: boolean;
}

export function EffectStat({ label, value, sub, testId, raw, tone, compact = false }: EffectStatProps) {
  return (
    <div data-testid={testId} data-value={raw ?? ''} style={{ minWidth: 88 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div style={{ fontSize: compact ? 16 : 20, fontWeight: 600, lineHeight: '28px' }}>
        <Typography.Text type={tone} data-testid={`${testId}-text`} style={{ fontSize: 'inherit' }}>
          {value}
        </Typography.Text>
      </div>
      {sub ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-sub`}>
          {sub}
        </Typography.Text>
      ) : null}
    </div>
  );
}
