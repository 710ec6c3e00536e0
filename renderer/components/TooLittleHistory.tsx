// In place of a trend chart whose history is too short to draw: says what the chart needs,
// what it has, and how to get more — instead of an empty axis that reads as "no change".
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export function TooLittleHistory({ unit, needs, has, height, testId }: { unit: 'snapshots' | 'months'; needs: number; has: number; height: number | string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId} data-needs={needs} data-has={has} style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <div style={{ fontWeight: 600, marginBottom: 4 }}>{t(`empty.tooLittleHistory.${unit}`, { needs, has })}</div>
            <div>{t(`empty.tooLittleHistory.${unit}Hint`)}</div>
          </>
        }
      />
    </div>
  );
}
