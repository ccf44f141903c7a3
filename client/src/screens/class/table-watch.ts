/**
 * The facilitator watching one table: a connection to the table's room with the host token, which
 * gets the facilitator's view (every seat's agenda, money, ballots, whispers and covert moves) and
 * keeps it current. Lives as long as the component that asked for it.
 */
import { useEffect, useState } from 'react';
import type { Room } from '@colyseus/sdk';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { applyViewUpdate, parseViewUpdate } from '@shared/protocol/view-wire.ts';
import { sdkClient } from '../../net/sdk.ts';

export type TableWatch = Readonly<{ view: MatchView | null; failed: boolean }>;

export function useTableWatch(tableCode: string | null, hostToken: string | null): TableWatch {
  const [watch, setWatch] = useState<TableWatch>({ view: null, failed: false });
  useEffect(() => {
    if (!tableCode || !hostToken) return;
    let cancelled = false;
    let joined: Room | null = null;
    setWatch({ view: null, failed: false });
    sdkClient().joinById(tableCode, { protocolVersion: PROTOCOL_VERSION, hostToken }).then(
      (room) => {
        joined = room;
        if (cancelled) return void room.leave(true);
        room.onMessage('view', (m: ServerMessages['view']) => setWatch((w) => ({ ...w, view: applyViewUpdate(w.view, parseViewUpdate(m)) })));
        for (const type of ['welcome', 'rejected', 'notice', 'spectatorChat'] as const) room.onMessage(type, () => undefined);
      },
      () => !cancelled && setWatch({ view: null, failed: true }),
    );
    return () => {
      cancelled = true;
      void joined?.leave(true);
    };
  }, [tableCode, hostToken]);
  return watch;
}
