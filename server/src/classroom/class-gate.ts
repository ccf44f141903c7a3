/**
 * The edge of the class room. Facilitator commands are refused outright (`notFacilitator`, before
 * their payload is even read) unless the connection came in as the facilitator; then they are parsed
 * against their contracts and run one at a time. Students may send preset phrases. Every refusal is
 * a typed `classRejected` to the sender only, and changes nothing.
 */
import { FACILITATOR_COMMAND_TYPES, parseFacilitatorCommand, type ClassError } from '@shared/protocol/class-messages.ts';
import type { ClassClient } from './class-context.ts';
import type { ClassHub } from './class-hub.ts';
import { sayPreset } from './class-chat.ts';
import { runCommand } from './class-commands.ts';

export function rejectClass(client: ClassClient, type: string, error: ClassError): void {
  client.send('classRejected', { type: type.slice(0, 64), error });
}

function facilitatorCommand(hub: ClassHub, client: ClassClient, type: string, payload: unknown): void {
  if (client.userData?.kind !== 'facilitator') return rejectClass(client, type, { code: 'notFacilitator' });
  const parsed = parseFacilitatorCommand(type, payload);
  if (!parsed.ok) return rejectClass(client, type, { code: 'invalidMessage', reason: parsed.reason });
  hub.enqueue(() => runCommand(hub, parsed.command)).then(
    (error) => error && rejectClass(client, type, error),
    (error: unknown) => {
      console.error(`[class ${hub.record.code}] ${type} failed`, error);
      rejectClass(client, type, { code: 'invalidMessage', reason: 'server error' });
    },
  );
}

export type ClassMessages = Record<string, (client: ClassClient, payload: unknown) => void>;

/** One handler per facilitator command, plus the students' preset phrases. */
export function classMessages(hub: () => ClassHub): ClassMessages {
  const handlers: ClassMessages = {};
  for (const type of FACILITATOR_COMMAND_TYPES) handlers[type] = (client, payload) => facilitatorCommand(hub(), client, type, payload);
  handlers.sayPreset = (client, payload) => {
    const error = sayPreset(hub(), client, payload);
    if (error) rejectClass(client, 'sayPreset', error);
  };
  return handlers;
}
