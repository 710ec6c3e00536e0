// The SQL statements a dump held that are not data (SET, LOCK, triggers…), counted by kind: the
// preview and the result both list them so nothing a file contained goes unmentioned.
import { Tag, Typography } from 'antd';
import { formatInteger } from '../../../shared/i18n/format';

export function SkippedStatements({ counts, label }: { counts: Record<string, number>; label: string }) {
  const skipped = Object.entries(counts);
  if (skipped.length === 0) return null;
  return (
    <div>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {skipped.map(([kind, n]) => (
        <Tag key={kind}>
          {kind}: {formatInteger(n)}
        </Tag>
      ))}
    </div>
  );
}
