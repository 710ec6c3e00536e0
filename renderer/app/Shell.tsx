// The window frame: side navigation, header (app, workspace, language) and the routed page.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Layout, Menu, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useFileIntake } from '../features/data/file-intake';
import { useDashboardFileDrop } from './dashboard-file-drop';
import { PlaceholderPage } from '../features/placeholder/PlaceholderPage';
import { WarningsPage } from '../features/warnings/WarningsPage';
import { ActionsPage } from '../features/actions/ActionsPage';
import { LanguageSwitch } from './LanguageSwitch';
import { useGlobalShortcuts } from './shortcuts';
import { navItems } from './nav-items';
import { isRouteKey, type RouteKey } from './routes';
import { navigate, useHashRoute } from './use-hash-route';
import { WorkspaceStatus } from './WorkspaceStatus';
import { useWarningBadge } from './use-warning-badge';
import { on } from '../api/client';
import { useCustomerRoute } from '../features/customer360/use-customer-route';
import { useViewerLanding } from '../features/dashboards/viewer/use-viewer-landing';

// Charts and the grid are the heavy parts; each loads with its page.
const DashboardPage = lazy(() => import('../features/dashboards/DashboardsPage'));
const CustomersPage = lazy(() => import('../features/customers/CustomersPage'));
const DataPage = lazy(() => import('../features/data/DataPage'));
const HealthPage = lazy(() => import('../features/health/HealthPage'));
const ModelsPage = lazy(() => import('../features/models/ModelsPage'));
const SegmentsPage = lazy(() => import('../features/segments/SegmentsPage'));
const ViewerPage = lazy(() => import('../features/dashboards/viewer/ViewerPage'));
const Customer360Page = lazy(() => import('../features/customer360/Customer360Page'));

function page(route: RouteKey): ReactNode {
  switch (route) {
    case 'dashboard':
      return <DashboardPage />;
    case 'customers':
      return <CustomersPage />;
    case 'data':
      return <DataPage />;
    case 'health':
      return <HealthPage />;
    case 'models':
      return <ModelsPage />;
    case 'segments':
      return <SegmentsPage />;
    case 'viewer':
      return <ViewerPage />;
    case 'warnings':
      return <WarningsPage />;
    case 'actions':
      return <ActionsPage />;
    default:
      return <PlaceholderPage route={route} />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const route = useHashRoute();
  const customerId = useCustomerRoute();
  const [collapsed, setCollapsed] = useState(false);
  // Ctrl/Cmd+S, +E and +F on every page (PRODUCT.md §7).
  useGlobalShortcuts();
  // Files dropped on any page, and Ctrl/Cmd+O, go to the Data page.
  useFileIntake();
  useDashboardFileDrop();
  // A dashboard file opened by the host at startup shows in the viewer.
  useViewerLanding();
  // Open warnings on the navigation entry; a refresh that raised some also notifies.
  const warnings = useWarningBadge(route);
  // The desktop notification's click (sent by the main process) opens the inbox.
  useEffect(() => on('app.command', ({ command }) => (command === 'open-warnings' ? navigate('warnings') : undefined)), []);

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={188} collapsedWidth={56} breakpoint="lg">
        <div
          style={{
            height: 48,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            padding: collapsed ? '0 16px' : '0 18px',
            color: '#fff',
            fontWeight: 600,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          <span
            aria-hidden
            style={{
              width: 22,
              height: 22,
              borderRadius: 4,
              background: token.colorPrimary,
              flex: 'none',
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 12,
            }}
          >
            流
          </span>
          {collapsed ? null : <span>{t('app.name')}</span>}
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[route]}
            items={navItems(t, route === 'viewer', { warnings: warnings?.open ?? 0 }, collapsed)}
            onClick={({ key }) => {
              if (isRouteKey(key)) navigate(key);
            }}
            data-testid="main-nav"
          />
        </nav>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 24,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            lineHeight: 'normal',
          }}
        >
          <Typography.Text strong style={{ fontSize: token.fontSizeLG, whiteSpace: 'nowrap' }} data-testid="app-title">
            {t('app.name')}
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 400, fontSize: token.fontSizeSM }}>
              {t('app.subtitle')}
            </Typography.Text>
          </Typography.Text>
          <div style={{ flex: 1, minWidth: 0, overflow: 'hidden' }}>
            <WorkspaceStatus />
          </div>
          <LanguageSwitch />
        </Layout.Header>
        <Layout.Content style={{ padding: 12, overflow: 'auto', minHeight: 0 }} id="main-content">
          <ErrorBoundary key={customerId === null ? route : `customer/${customerId}`} title={t('errors.pageTitle')}>
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} description={t('app.loading')} />}>
              {customerId === null ? page(route) : <Customer360Page customerId={customerId} />}
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
