// The Warnings page tells the navigation badge that counts changed (an inbox action, an
// evaluation) without the two importing each other: a DOM event on the window.
const EVENT = 'churn-cockpit:warnings-changed';

export function announceWarningsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onWarningsChanged(callback: () => void): () => void {
  window.addEventListener(EVENT, callback);
  return () => window.removeEventListener(EVENT, callback);
}
