import { PRESENT_CHANNEL, type PresentMessage } from './present.ts';

/** A message without its sender (added by the channel). */
type Unsender<M> = M extends unknown ? Omit<M, 'sender'> : never;

/**
 * The presenting window and the presenter view keep one state: whichever
 * window gets the clicker's key tells the other (BroadcastChannel, same
 * browser and origin; nothing leaves the machine).
 */
export function presentSync(onMessage: (m: PresentMessage) => void): {
  send: (m: Unsender<PresentMessage>) => void;
  close: () => void;
} {
  const sender = crypto.randomUUID();
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.onmessage = (e: MessageEvent<PresentMessage>) => {
    if (e.data && e.data.sender !== sender) onMessage(e.data);
  };
  return {
    send: (m) => channel.postMessage({ ...m, sender } as PresentMessage),
    close: () => channel.close(),
  };
}
