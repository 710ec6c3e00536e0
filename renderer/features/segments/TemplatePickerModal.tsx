// "New from template": the seeds' starter segments (高价值 / 潜力 / 流失预警 / 低价值) and the
// named RFM segments; the chosen one opens in the editor, editable, not yet saved.
import { Card, Col, Empty, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEGMENT_TEMPLATES, type SegmentTemplate } from '../../../shared/segments/templates';
import { SegmentDot } from '../../components/SegmentTag';
import { useTemplateText } from './template-text';

export interface TemplatePickerModalProps {
  open: boolean;
  onPick: (template: SegmentTemplate) => void;
  onCancel: () => void;
}

const groups = ['seed', 'rfm'] as const;

export function TemplatePickerModal({ open, onPick, onCancel }: TemplatePickerModalProps) {
  const { t } = useTranslation('segment-lists');
  const text = useTemplateText();
  return (
    <Modal open={open} title={t('templates.title')} onCancel={onCancel} footer={null} width={960} destroyOnHidden data-testid="segment-template-modal">
      <Typography.Paragraph type="secondary">{t('templates.hint')}</Typography.Paragraph>
      {SEGMENT_TEMPLATES.length === 0 ? <Empty description={t('templates.none')} /> : null}
      {groups.map((group) => {
        const items = SEGMENT_TEMPLATES.filter((tpl) => tpl.group === group);
        if (items.length === 0) return null;
        return (
          <div key={group} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{t(`templates.${group}`)}</Typography.Text>
            <Row gutter={[8, 8]} style={{ marginTop: 6 }}>
              {items.map((tpl) => (
                <Col key={tpl.id} span={6}>
                  <Card
                    size="small"
                    hoverable
                    tabIndex={0}
                    role="button"
                    data-testid={`segments-template-card-${tpl.id}`}
                    onClick={() => onPick(tpl)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onPick(tpl);
                      }
                    }}
                    style={{ height: '100%' }}
                  >
                    <div style={{ display: 'flex', alignItems: 'center', gap: 6, fontWeight: 600 }}>
                      <SegmentDot color={tpl.color} />
                      {text(tpl.labelKey)}
                    </div>
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: text(tpl.descriptionKey) }} style={{ margin: '4px 0 0', fontSize: 12 }}>
                      {text(tpl.descriptionKey)}
                    </Typography.Paragraph>
                  </Card>
                </Col>
              ))}
            </Row>
          </div>
        );
      })}
    </Modal>
  );
}
