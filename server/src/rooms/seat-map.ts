/**
 * Who sits where: connections (Colyseus sessions) bound to seats, the seat tokens that let a person
 * return to their seat (even after a restart), and which connection is the host. The game itself
 * only knows roles; this map is the room's bridge between roles and people.
 */
import type { Role } from '@shared/rules/types.ts';
import type { MatchStore } from '../store/match-store.ts';
import { makeSeatToken } from './identifiers.ts';

export class SeatMap {
  private readonly roleBySession = new Map<string, Role>();
  private readonly sessionByRole = new Map<Role, string>();
  private readonly tokens = new Map<Role, string>();
  private hostSession: string | null = null;

  constructor(
    private readonly matchId: string,
    private readonly store: MatchStore,
    tokens: Readonly<Partial<Record<Role, string>>> = {},
  ) {
    for (const [role, token] of Object.entries(tokens) as [Role, string][]) this.tokens.set(role, token);
  }

  roleOf(sessionId: string): Role | null {
    return this.roleBySession.get(sessionId) ?? null;
  }

  holderOf(role: Role): string | null {
    return this.sessionByRole.get(role) ?? null;
  }

  /** Seats `sessionId` at `role`, unseating whoever held it; returns the displaced session, if any. */
  bind(sessionId: string, role: Role): string | null {
    const previous = this.sessionByRole.get(role) ?? null;
    if (previous !== null && previous !== sessionId) this.roleBySession.delete(previous);
    const oldRole = this.roleBySession.get(sessionId);
    if (oldRole !== undefined && oldRole !== role) this.sessionByRole.delete(oldRole);
    this.roleBySession.set(sessionId, role);
    this.sessionByRole.set(role, sessionId);
    return previous === sessionId ? null : previous;
  }

  /** Unseats `sessionId`; returns the role it held. */
  unbind(sessionId: string): Role | null {
    const role = this.roleBySession.get(sessionId) ?? null;
    if (role === null) return null;
    this.roleBySession.delete(sessionId);
    if (this.sessionByRole.get(role) === sessionId) this.sessionByRole.delete(role);
    return role;
  }

  /** A fresh token for `role`: whoever held the old one can no longer return with it. */
  issueToken(role: Role): string {
    const token = makeSeatToken();
    this.tokens.set(role, token);
    this.store.setSeatToken(this.matchId, role, token);
    return token;
  }

  revokeToken(role: Role): void {
    this.tokens.delete(role);
    this.store.setSeatToken(this.matchId, role, null);
  }

  tokenOf(role: Role): string | null {
    return this.tokens.get(role) ?? null;
  }

  roleForToken(token: string): Role | null {
    for (const [role, known] of this.tokens) if (known === token) return role;
    return null;
  }

  get host(): string | null {
    return this.hostSession;
  }

  setHost(sessionId: string | null): void {
    this.hostSession = sessionId;
  }

  isHost(sessionId: string): boolean {
    return this.hostSession === sessionId;
  }
}
