// Channel names shared by main and preload; a string typo here would silently drop calls.
export const INVOKE_CHANNEL = 'cc:invoke';
export const EVENT_CHANNEL = 'cc:event';
