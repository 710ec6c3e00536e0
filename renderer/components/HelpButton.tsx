// The "?" next to a figure: a popover with the exact definition behind it (PRODUCT.md §5
// asks for documented definitions in the app). Callers supply the wording.
import type { ReactNode } from 'react';
import { Button, Popover } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';

export interface HelpButtonProps {
  title: string;
  ariaLabel: string;
  content: ReactNode;
  maxWidth: number;
  testId?: string;
}

export function HelpButton({ title, ariaLabel, content, maxWidth, testId }: HelpButtonProps) {
  return (
    <Popover
      title={title}
      content={
        <div style={{ maxWidth }} data-testid={testId ? `${testId}-content` : undefined}>
          {content}
        </div>
      }
      trigger={['hover', 'click']}
      placement="bottomLeft"
    >
      <Button type="text" size="small" icon={<QuestionCircleOutlined />} aria-label={ariaLabel} data-testid={testId} style={{ color: 'inherit', opacity: 0.65 }} />
    </Popover>
  );
}
