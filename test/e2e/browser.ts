// Finds a Chromium/Chrome on this machine for the end-to-end suite. CI installs Debian's
// chromium, so there a missing browser is a failure; elsewhere the suite says so loudly.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChrome(): string | null {
  const override = process.env.CHROME_PATH;
  if (override) return existsSync(override) ? override : null;
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function launchChrome(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}
