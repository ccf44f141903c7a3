/**
 * Starts a tutorial round: creates a private match with bots, sits the player as the chemist and
 * starts it, then hands over to the table with the coach switched on.
 */
import { ROLES } from '@shared/rules/types.ts';
import type { SessionState } from '../state/session-state.ts';
import { markTutorial, TUTORIAL_ROLE, tutorialSetup } from '../state/tutorial.ts';
import { sendRoomMessage } from './game-actions.ts';
import { createMatch, session } from './match-session.ts';

function waitFor(predicate: (s: SessionState) => boolean, timeoutMs = 10_000): Promise<SessionState> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const s = session.get();
      if (predicate(s)) {
        stop();
        resolve(s);
      }
    };
    const unsubscribe = session.subscribe(check);
    const timer = window.setTimeout(() => {
      stop();
      reject(new Error('timeout'));
    }, timeoutMs);
    const stop = () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
    check();
  });
}

const seatedRole = (s: SessionState) => (s.view?.viewer.kind === 'seat' ? s.view.viewer.role : s.welcome?.role ?? null);

export async function startTutorial(name: string): Promise<string> {
  const code = await createMatch(tutorialSetup(name));
  markTutorial(code);
  const joined = await waitFor((s) => s.view !== null && s.welcome !== null);
  if (!seatedRole(joined)) {
    const free = ROLES.includes(TUTORIAL_ROLE) ? TUTORIAL_ROLE : ROLES[0];
    sendRoomMessage('claimSeat', { role: free, name });
    await waitFor((s) => seatedRole(s) !== null && s.view?.seats[seatedRole(s)!].controller === 'human');
  }
  sendRoomMessage('hostStart', {});
  await waitFor((s) => s.view !== null && s.view.phase !== 'lobby');
  return code;
}
