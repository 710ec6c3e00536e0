// i18next resources for both UI languages, keyed by the locale tags in locales.ts. Each
// feature owns a namespace (its own message files), so features add strings independently.
import type { Locale } from './locales';
import { en } from './messages/en';
import { zhCN, type Messages } from './messages/zh-CN';
import { dataEn } from './messages/data.en';
import { dataZhCN, type DataMessages } from './messages/data.zh-CN';
import { scoringEn } from './messages/scoring.en';
import { scoringZhCN, type ScoringMessages } from './messages/scoring.zh-CN';
import { catalogEn } from './messages/catalog.en';
import { catalogZhCN, type CatalogMessages } from './messages/catalog.zh-CN';
import { jobsEn } from './messages/jobs.en';
import { jobsZhCN, type JobsMessages } from './messages/jobs.zh-CN';
import { rejectsEn } from './messages/rejects.en';
import { rejectsZhCN, type RejectsMessages } from './messages/rejects.zh-CN';
import { codesEn } from './messages/codes.en';
import { codesZhCN, type CodesMessages } from './messages/codes.zh-CN';
import { segmentsEn } from './messages/segments.en';
import { segmentsZhCN, type SegmentsMessages } from './messages/segments.zh-CN';
import { callListEn } from './messages/call-list.en';
import { callListZhCN, type CallListMessages } from './messages/call-list.zh-CN';
import { segmentBuilderEn } from './messages/segment-builder.en';
import { segmentBuilderZhCN, type SegmentBuilderMessages } from './messages/segment-builder.zh-CN';
import { segmentListsEn } from './messages/segment-lists.en';
import { segmentListsZhCN, type SegmentListsMessages } from './messages/segment-lists.zh-CN';
import { dashboardsEn } from './messages/dashboards.en';
import { dashboardsZhCN, type DashboardsMessages } from './messages/dashboards.zh-CN';
import { dashboardWidgetsEn } from './messages/dashboard-widgets.en';
import { dashboardWidgetsZhCN, type DashboardWidgetsMessages } from './messages/dashboard-widgets.zh-CN';
import { dashboardPageEn } from './messages/dashboard-page.en';
import { dashboardPageZhCN, type DashboardPageMessages } from './messages/dashboard-page.zh-CN';
import { exportsEn } from './messages/exports.en';
import { exportsZhCN, type ExportsMessages } from './messages/exports.zh-CN';
import { exportPageEn } from './messages/export-page.en';
import { exportPageZhCN, type ExportPageMessages } from './messages/export-page.zh-CN';
import { warningsEn } from './messages/warnings.en';
import { warningsZhCN, type WarningsMessages } from './messages/warnings.zh-CN';
import { campaignsEn } from './messages/campaigns.en';
import { campaignsZhCN, type CampaignsMessages } from './messages/campaigns.zh-CN';
import { warningWordsEn } from './messages/warning-words.en';
import { warningWordsZhCN, type WarningWordsMessages } from './messages/warning-words.zh-CN';
import { campaignWordsEn } from './messages/campaign-words.en';
import { campaignWordsZhCN, type CampaignWordsMessages } from './messages/campaign-words.zh-CN';

export type { Messages };

// A type alias, not an interface: i18next's Resource type needs an index-signature-compatible shape.
export type Namespaces = {
  translation: Messages;
  data: DataMessages;
  scoring: ScoringMessages;
  catalog: CatalogMessages;
  jobs: JobsMessages;
  rejects: RejectsMessages;
  codes: CodesMessages;
  segments: SegmentsMessages;
  'call-list': CallListMessages;
  'segment-builder': SegmentBuilderMessages;
  'segment-lists': SegmentListsMessages;
  dashboards: DashboardsMessages;
  'dashboard-widgets': DashboardWidgetsMessages;
  'dashboard-page': DashboardPageMessages;
  exports: ExportsMessages;
  'export-page': ExportPageMessages;
  warnings: WarningsMessages;
  campaigns: CampaignsMessages;
  'warning-words': WarningWordsMessages;
  'campaign-words': CampaignWordsMessages;
};

export const namespaces = [
  'translation',
  'data',
  'scoring',
  'catalog',
  'jobs',
  'rejects',
  'codes',
  'segments',
  'call-list',
  'segment-builder',
  'segment-lists',
  'dashboards',
  'dashboard-widgets',
  'dashboard-page',
  'exports',
  'export-page',
  'warnings',
  'campaigns',
  'warning-words',
  'campaign-words',
] as const;

export const resources: Record<Locale, Namespaces> = {
  'zh-CN': {
    translation: zhCN,
    data: dataZhCN,
    scoring: scoringZhCN,
    catalog: catalogZhCN,
    jobs: jobsZhCN,
    rejects: rejectsZhCN,
    codes: codesZhCN,
    segments: segmentsZhCN,
    'call-list': callListZhCN,
    'segment-builder': segmentBuilderZhCN,
    'segment-lists': segmentListsZhCN,
    dashboards: dashboardsZhCN,
    'dashboard-widgets': dashboardWidgetsZhCN,
    'dashboard-page': dashboardPageZhCN,
    exports: exportsZhCN,
    'export-page': exportPageZhCN,
    warnings: warningsZhCN,
    campaigns: campaignsZhCN,
    'warning-words': warningWordsZhCN,
    'campaign-words': campaignWordsZhCN,
  },
  en: {
    translation: en,
    data: dataEn,
    scoring: scoringEn,
    catalog: catalogEn,
    jobs: jobsEn,
    rejects: rejectsEn,
    codes: codesEn,
    segments: segmentsEn,
    'call-list': callListEn,
    'segment-builder': segmentBuilderEn,
    'segment-lists': segmentListsEn,
    dashboards: dashboardsEn,
    'dashboard-widgets': dashboardWidgetsEn,
    'dashboard-page': dashboardPageEn,
    exports: exportsEn,
    'export-page': exportPageEn,
    warnings: warningsEn,
    campaigns: campaignsEn,
    'warning-words': warningWordsEn,
    'campaign-words': campaignWordsEn,
  },
};
