// Ctrl/Cmd+F is caught by the shell on every page (shortcuts.ts), but the box it focuses lives on the
// Customers page, which may not be mounted yet. A request made before the page mounts is
// kept and delivered when it subscribes.
type Listener = () => void;

const listeners = new Set<Listener>();
let pending = false;

export function requestFind(): void {
  if (listeners.size === 0) {
    pending = true;
    return;
  }
  for (const listener of listeners) listener();
}

export function onFindRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    pending = false;
    listener();
  }
  return () => {
    listeners.delete(listener);
  };
}
