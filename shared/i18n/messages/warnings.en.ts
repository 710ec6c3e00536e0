// English strings of namespace 'warnings'.
import type { WarningsMessages } from './warnings.zh-CN';

export const warningsEn: WarningsMessages = {
  title: 'Warnings',
};
