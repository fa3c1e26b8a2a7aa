/** Lets the token machinery, which runs outside React, tell the app that a session is over. */
type SessionEndedListener = () => void;

const listeners = new Set<SessionEndedListener>();

export function onSessionEnded(listener: SessionEndedListener): () => void {
  listeners.add(listener);

  return () => listeners.delete(listener);
}

export function announceSessionEnded(): void {
  listeners.forEach((listener) => listener());
}
