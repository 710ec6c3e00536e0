// Side-navigation entries: one per route, in navOrder, each a real link so it also works
// with Tab/Enter and middle-click, while antd Menu adds arrow-key movement.
import type { ReactNode } from 'react';
import { Badge, type MenuProps } from 'antd';
import { AlertOutlined, ApartmentOutlined, DashboardOutlined, DatabaseOutlined, ExperimentOutlined, HeartOutlined, RocketOutlined, TeamOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { hrefFor, navOrder, type NavRouteKey } from './routes';

const icons: Record<NavRouteKey, ReactNode> = {
  data: <DatabaseOutlined />,
  customers: <TeamOutlined />,
  segments: <ApartmentOutlined />,
  health: <HeartOutlined />,
  models: <ExperimentOutlined />,
  warnings: <AlertOutlined />,
  actions: <RocketOutlined />,
  dashboard: <DashboardOutlined />,
};

const labelKeys = {
  data: 'nav.data',
  customers: 'nav.customers',
  segments: 'nav.segments',
  health: 'nav.health',
  models: 'nav.models',
  warnings: 'nav.warnings',
  actions: 'nav.actions',
  dashboard: 'nav.dashboards',
} as const satisfies Record<NavRouteKey, string>;

/**
 * The viewer of a dashboard file shows only the file: a manager who opened one has no workspace
 * to import into or segment (the viewer's Close button goes back to the workspace, if any).
 */
/** Counts shown beside an entry: open warnings on Warnings. */
export type NavBadges = Partial<Record<NavRouteKey, number>>;

/** `collapsed`: only icons show, so a count becomes a dot on the icon (the number is in the label's tooltip). */
export function navItems(t: TFunction, viewer = false, badges: NavBadges = {}, collapsed = false): NonNullable<MenuProps['items']> {
  if (viewer) {
    return [
      {
        key: 'viewer',
        icon: <DashboardOutlined />,
        label: (
          <a href="#/viewer" data-testid="nav-viewer" tabIndex={-1}>
            {t('nav.viewer')}
          </a>
        ),
      },
    ];
  }
  return navOrder.map((route) => {
    const count = badges[route] ?? 0;
    return {
      key: route,
      icon:
        collapsed && count > 0 ? (
          <Badge dot offset={[-2, 2]}>
            {icons[route]}
          </Badge>
        ) : (
          icons[route]
        ),
      label: (
        <a href={hrefFor(route)} data-testid={`nav-${route}`} tabIndex={-1} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 6 }}>
          <span>{t(labelKeys[route])}</span>
          {count > 0 ? <Badge count={count} overflowCount={999} size="small" data-testid={`nav-${route}-badge`} data-count={count} /> : null}
        </a>
      ),
    };
  });
}
