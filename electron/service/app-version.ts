export const APP_NAME = 'Churn Cockpit';
export const APP_VERSION = '0.1.0';
