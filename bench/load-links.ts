/**
 * How a simulated person reaches a match, for either server under test: the real one through the
 * Colyseus SDK (HTTP matchmaking, then the room's WebSocket), or the bare baseline through one
 * plain WebSocket. Both deliver the same messages (welcome, view, rejected) to the same handlers.
 */
import { Client, type Room } from '@colyseus/sdk';
import { WebSocket } from 'ws';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { MATCH_ROOM, PROTOCOL_VERSION } from '@shared/protocol/version.ts';

export type LinkHandlers = {
  /** The JSON text of a ViewUpdate (shared/protocol/view-wire.ts). */
  view: (message: ServerMessages['view']) => void;
  welcome: (message: ServerMessages['welcome']) => void;
  rejected: (message: ServerMessages['rejected']) => void;
  /** The server closed the connection (not a leave this side asked for). */
  closed: (code: number) => void;
};

export interface Link {
  readonly code: string;
  send(type: string, payload: unknown): void;
  leave(): Promise<void>;
}

export type Entry = Readonly<{ create: Record<string, unknown> } | { join: string; options: Record<string, unknown> }>;

export interface Target {
  readonly kind: 'colyseus' | 'bare';
  readonly url: string;
  open(entry: Entry, handlers: LinkHandlers): Promise<Link>;
}

const CONSENTED = 4000;

export function colyseusTarget(url: string): Target {
  return {
    kind: 'colyseus',
    url,
    async open(entry, handlers) {
      const client = new Client(url);
      const room: Room = 'create' in entry
        ? await client.create(MATCH_ROOM, { protocolVersion: PROTOCOL_VERSION, ...entry.create })
        : await client.joinById(entry.join, { protocolVersion: PROTOCOL_VERSION, ...entry.options });
      let leaving = false;
      room.reconnection.enabled = false; // a drop is an error to count, not something to hide
      room.onMessage('view', handlers.view);
      room.onMessage('welcome', handlers.welcome);
      room.onMessage('rejected', handlers.rejected);
      for (const type of ['notice', 'spectatorChat']) room.onMessage(type, () => undefined);
      room.onLeave((code: number) => {
        if (!leaving || code !== CONSENTED) handlers.closed(code);
      });
      return {
        code: room.roomId,
        send: (type, payload) => room.send(type, payload),
        leave: async () => {
          leaving = true;
          await room.leave(true).catch(() => undefined);
        },
      };
    },
  };
}

export function bareTarget(url: string): Target {
  return {
    kind: 'bare',
    url,
    async open(entry, handlers) {
      const socket = new WebSocket(url);
      await new Promise<void>((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      let code = 'create' in entry ? '' : entry.join;
      let leaving = false;
      socket.on('message', (data) => {
        const text = data.toString();
        if (text.startsWith('{')) return handlers.view(text);
        const [type, payload] = JSON.parse(text) as [string, never];
        if (type === 'welcome') {
          code = (payload as ServerMessages['welcome']).code;
          handlers.welcome(payload);
        } else if (type === 'rejected') handlers.rejected(payload);
      });
      socket.on('error', () => undefined);
      socket.on('close', (closeCode) => {
        if (!leaving) handlers.closed(closeCode);
      });
      const hello = 'create' in entry
        ? ['create', { protocolVersion: PROTOCOL_VERSION, ...entry.create }]
        : ['join', { code: entry.join, protocolVersion: PROTOCOL_VERSION, ...entry.options }];
      socket.send(JSON.stringify(hello));
      return {
        get code() {
          return code;
        },
        send: (type, payload) => socket.send(JSON.stringify([type, payload])),
        leave: async () => {
          leaving = true;
          socket.close(CONSENTED);
        },
      };
    },
  };
}
