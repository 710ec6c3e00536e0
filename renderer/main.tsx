// Entry point: language first (so the first paint is already localized), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { initI18n } from './i18n/setup';
import { App } from './app/App';

initI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
