// The Actions page (PRODUCT.md §6 "Actions"): campaigns with their PDCA review, and the playbook
// library. The hash says what to open: `?campaign=<id>` a review, `?new=…` the New-campaign
// dialog with an audience from the inbox, a segment or Customer 360 (action-intent.ts).
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/contract/domains/campaigns';
import { hrefFor } from '../../app/routes';
import { useHash } from '../../app/use-hash-route';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { actionIntentFromHash, campaignHref } from './action-intent';
import { CampaignList } from './CampaignList';
import { ImportOutcomesModal } from './ImportOutcomesModal';
import { NewCampaignModal, type CampaignDialogRequest } from './NewCampaignModal';
import { PlaybookLibrary } from './PlaybookLibrary';

// The review draws charts: it loads when a campaign is opened, not with the navigation.
const CampaignReview = lazy(() => import('./CampaignReview'));

function go(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}

export function ActionsPage() {
  const { t } = useTranslation('campaigns');
  const hash = useHash();
  const intent = useMemo(() => actionIntentFromHash(hash), [hash]);
  const campaigns = useOperation('campaign.list', {});
  const playbooks = useOperation('playbook.list', {});
  const [dialog, setDialog] = useState<CampaignDialogRequest | null>(null);
  const [importing, setImporting] = useState(false);
  const [tab, setTab] = useState<'campaigns' | 'playbooks'>('campaigns');

  // A `?new=…` link opens the dialog once; closing it leaves the link for the plain page.
  useEffect(() => {
    if (intent.kind === 'new') setDialog({ audience: intent.audience, template: null, repeat: false });
  }, [intent]);

  const closeDialog = () => {
    setDialog(null);
    if (intent.kind === 'new') go(hrefFor('actions'));
  };
  const done = (campaign: Campaign) => {
    setDialog(null);
    campaigns.reload();
    go(campaignHref(campaign.id));
  };
  const playbookList = playbooks.data?.playbooks ?? [];
  const dialogs = (
    <>
      <NewCampaignModal request={dialog} playbooks={playbookList} onClose={closeDialog} onDone={done} />
      <ImportOutcomesModal
        open={importing}
        campaigns={campaigns.data?.campaigns ?? []}
        onClose={() => setImporting(false)}
        onImported={() => campaigns.reload()}
        onOpen={(id) => {
          setImporting(false);
          go(campaignHref(id));
        }}
      />
    </>
  );

  if (campaigns.error?.code === 'NO_WORKSPACE') return <NoDataState reason="noWorkspace" />;
  if (intent.kind === 'review') {
    return (
      <div data-testid="actions-page">
        <Suspense fallback={<Skeleton active paragraph={{ rows: 12 }} />}>
          <CampaignReview
            campaignId={intent.campaignId}
            playbooks={playbookList}
            onEdit={(campaign, repeat) => setDialog({ audience: repeat ? { kind: 'warnings', filter: { states: ['open'] } } : campaign.audience, template: campaign, repeat })}
            onChanged={() => campaigns.reload()}
          />
        </Suspense>
        {dialogs}
      </div>
    );
  }
  return (
    <div data-testid="actions-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k === 'playbooks' ? 'playbooks' : 'campaigns')}
        items={[
          {
            key: 'campaigns',
            label: t('tabs.campaigns'),
            children: (
              <>
                {campaigns.error ? <ErrorAlert error={campaigns.error} title={t('common.loadFailed')} onRetry={campaigns.reload} /> : null}
                <CampaignList
                  campaigns={campaigns.data?.campaigns ?? []}
                  playbooks={playbookList}
                  loading={campaigns.status === 'loading'}
                  onNew={() => setDialog({ audience: null, template: null, repeat: false })}
                  onImport={() => setImporting(true)}
                />
              </>
            ),
          },
          {
            key: 'playbooks',
            label: t('tabs.playbooks'),
            children: <PlaybookLibrary playbooks={playbookList} loading={playbooks.status === 'loading'} error={playbooks.error} onChanged={playbooks.reload} />,
          },
        ]}
      />
      {dialogs}
    </div>
  );
}
