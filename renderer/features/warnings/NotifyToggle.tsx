// "Desktop notifications": the switch that lets a refresh announce new warnings. In the browser
// the permission prompt comes from this click and never on its own.
import { useState } from 'react';
import { Space, Switch, Tooltip, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { browserPermission, notificationsWanted, setNotificationsWanted, type NotifyPermission } from '../../app/warning-notify-prefs';

export function NotifyToggle() {
  const { t } = useTranslation('warnings');
  const [on, setOn] = useState(notificationsWanted);
  const [permission, setPermission] = useState<NotifyPermission>(browserPermission);
  const unsupported = permission === 'unsupported';
  const note = unsupported ? t('notify.unsupported') : on && permission === 'denied' ? t('notify.denied') : null;
  return (
    <Space size={6}>
      <Tooltip title={t('notify.toggleHint')}>
        <Space size={6}>
          <BellOutlined />
          <Typography.Text>{t('notify.toggle')}</Typography.Text>
          <Switch
            size="small"
            checked={on && !unsupported}
            disabled={unsupported}
            aria-label={t('notify.toggle')}
            onChange={(next) => {
              setOn(next);
              void setNotificationsWanted(next).then(setPermission);
            }}
            data-testid="notify-toggle"
          />
        </Space>
      </Tooltip>
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="notify-note">
          {note}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
