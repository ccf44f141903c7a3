/**
 * A WebSocket class that keeps every frame it receives, so a harness can search the raw bytes a
 * client got (not only what the SDK decoded). Installed as the global WebSocket before the SDK
 * loads; if another recording class is already installed (the integration tests' one) it is kept,
 * since both expose `received`. Recording can be switched off for long fuzz runs.
 */
import { WebSocket } from 'ws';

export class RecordingSocket extends WebSocket {
  static record = true;
  readonly received: Buffer[] = [];

  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      if (!RecordingSocket.record) return;
      this.received.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
    });
  }
}

const globals = globalThis as { WebSocket?: { prototype: object } };
const current = globals.WebSocket;
const recordsAlready = current !== undefined && current !== WebSocket && current.prototype instanceof WebSocket;
if (!recordsAlready) globals.WebSocket = RecordingSocket as unknown as { prototype: object };

/** Frames a socket received, whichever recording class made it. */
export function framesOf(ws: unknown): Buffer[] {
  return (ws as { received?: Buffer[] }).received ?? [];
}
