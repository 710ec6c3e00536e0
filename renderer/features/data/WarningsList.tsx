// Reader and import warnings, each naming where it happened (file, sheet, row, column).
import { Collapse, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../../shared/contract/domains/import';
import { formatInteger } from '../../../shared/i18n/format';

export function useWhere() {
  const { t } = useTranslation('data');
  return (w: { file?: string | null; sheet?: string | null; row?: number | null; column?: string | null }) =>
    [
      w.file,
      w.sheet ? `${t('where.sheet')} ${w.sheet}` : null,
      w.row !== undefined && w.row !== null ? t('where.row', { row: w.row }) : null,
      w.column ? t('where.column', { column: w.column }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

export function WarningsList({ warnings, counts, title }: { warnings: readonly ImportWarning[]; counts: Record<string, number>; title?: string }) {
  const { t } = useTranslation('data');
  const where = useWhere();
  if (warnings.length === 0) return null;
  const more = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <Collapse
      size="small"
      data-testid="warnings"
      data-count={warnings.length}
      items={[
        {
          key: 'w',
          label: (
            <span>
              <WarningOutlined style={{ color: '#d48806', marginRight: 6 }} />
              {title ?? t('preview.warnings', { count: warnings.length })}
            </span>
          ),
          children: (
            <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflow: 'auto' }}>
              {warnings.map((w, i) => (
                <li key={i} data-code={w.code}>
                  <Typography.Text type="secondary">{where(w)}：</Typography.Text>
                  {w.message}
                </li>
              ))}
              {more > 0 ? (
                <li>
                  <Typography.Text type="secondary">{t('preview.moreWarnings', { count: formatInteger(more) })}</Typography.Text>
                </li>
              ) : null}
            </ul>
          ),
        },
      ]}
    />
  );
}
