// Do of the PDCA review: the groups as drawn, contacts and outcomes recorded, the cost so far,
// the call list by owner, outcomes imported from a file, and the members with their outcomes.
import { useState } from 'react';
import { Button, Divider, Flex } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/contract/domains/campaigns';
import { formatCurrency, formatInteger } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { CallListExport } from './CallListExport';
import { EffectStat } from './EffectStat';
import { ImportOutcomesModal } from './ImportOutcomesModal';
import { MembersTable } from './MembersTable';

export interface ReviewDoProps {
  campaign: Campaign;
  onOutcomesChanged: () => void;
}

export function ReviewDo({ campaign: c, onOutcomesChanged }: ReviewDoProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const [importing, setImporting] = useState(false);
  // An import replaces outcomes wholesale: the grid starts again (its undo covers its own edits only).
  const [imports, setImports] = useState(0);
  return (
    <>
      <Flex wrap gap={24} align="flex-start">
        <EffectStat testId="do-treatment" label={t('groups.treatment')} raw={c.groups.treatment} value={formatInteger(c.groups.treatment, locale)} />
        <EffectStat testId="do-control" label={t('groups.control')} raw={c.groups.control} value={formatInteger(c.groups.control, locale)} />
        <EffectStat testId="do-contacts" label={t('review.contacts')} raw={c.contacted} value={formatInteger(c.contacted, locale)} />
        <EffectStat testId="do-outcomes" label={t('review.outcomes')} raw={c.outcomes} value={formatInteger(c.outcomes, locale)} />
        <EffectStat testId="do-cost" label={t('review.cost')} raw={c.recordedCost} value={formatCurrency(c.recordedCost, locale)} />
      </Flex>
      <div style={{ marginTop: 12 }}>
        <CallListExport
          campaign={c}
          beside={
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} disabled={c.status === 'draft'} data-testid="review-import-outcomes">
              {t('list.importOutcomes')}
            </Button>
          }
        />
      </div>
      <Divider style={{ margin: '12px 0' }} />
      <MembersTable key={imports} campaign={c} onChanged={onOutcomesChanged} />
      <ImportOutcomesModal
        open={importing}
        campaigns={[c]}
        campaignId={c.id}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImports((n) => n + 1);
          onOutcomesChanged();
        }}
        onOpen={() => setImporting(false)}
      />
    </>
  );
}
