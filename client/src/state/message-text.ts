/**
 * Turns the server's refusals and notices into sentences for the player, so a rejected action always
 * shows its reason in plain words.
 */
import type { RuleError } from '@shared/rules/errors.ts';
import type { ProtocolError } from '@shared/protocol/server-messages.ts';
import { t, tDynamic } from '../i18n/t.ts';
import type { Notice } from './session-state.ts';

const roleName = (role?: string) => (role ? tDynamic(`role.${role}`, role) : '');

export function rejectionText(error: RuleError | ProtocolError): string {
  switch (error.code) {
    case 'notYourPhase':
      return t('error.notYourPhase', { phase: tDynamic(`phase.${error.phase}`, error.phase) });
    case 'outOfRange':
      return t('error.outOfRange', { min: error.min, max: error.max });
    case 'insufficientFunds':
      return t('error.insufficientFunds', { resource: tDynamic(`common.${error.resource}`, error.resource).toLowerCase(), needed: error.needed, have: error.have });
    case 'actionUnavailable':
      return t('error.actionUnavailable', { reason: error.reason });
    case 'invalidCommand':
    case 'invalidMessage':
      return t(error.code === 'invalidCommand' ? 'error.invalidCommand' : 'error.invalidMessage', { reason: error.reason });
    case 'rateLimited':
      return t('error.rateLimited', { seconds: Math.max(1, Math.ceil(error.retryInMs / 1000)) });
    default:
      return tDynamic(`error.${error.code}`, t('error.fallback', { code: error.code }));
  }
}

export function noticeText(notice: Notice): string {
  if (notice.text) return notice.text;
  return tDynamic(`notice.${notice.kind}`, notice.kind, { role: roleName(notice.role) });
}
