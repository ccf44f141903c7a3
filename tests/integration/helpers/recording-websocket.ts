/**
 * Installs a WebSocket class that remembers every frame it receives, so tests can search the raw
 * bytes a client got (not only what the SDK decoded). Import this before @colyseus/sdk: the SDK
 * picks the global WebSocket when it loads, and the server's Node 20 shim keeps an existing one.
 */
import { WebSocket } from 'ws';

export class RecordingWebSocket extends WebSocket {
  readonly received: Buffer[] = [];

  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      if (Array.isArray(data)) this.received.push(Buffer.concat(data));
      else this.received.push(Buffer.from(data as ArrayBuffer));
    });
  }
}

(globalThis as { WebSocket?: unknown }).WebSocket = RecordingWebSocket;
