/**
 * The class's refusals and the dashboard's alerts in plain words for the teacher and the students.
 */
import type { Alert } from '@shared/classroom/alerts.ts';
import type { ClassError } from '@shared/protocol/class-messages.ts';
import { formatNumber, t, tDynamic } from '../../i18n/t.ts';
import { rejectionText } from '../../state/message-text.ts';

export function classRefusalText(error: ClassError): string {
  switch (error.code) {
    case 'rateLimited':
      return t('error.rateLimited', { seconds: Math.max(1, Math.ceil(error.retryInMs / 1000)) });
    case 'notBetweenRounds':
      return t('class.error.notBetweenRounds', { table: error.table, phase: tDynamic(`phase.${error.phase}`, error.phase) });
    case 'tableRefused':
      return t('class.error.tableRefused', { table: error.table, reason: rejectionText(error.error) });
    case 'unknownTable':
    case 'alreadyPaused':
    case 'notPaused':
    case 'tablePaused':
      return t(`class.error.${error.code}`, { table: error.table });
    case 'invalidMessage':
      return t('error.invalidMessage', { reason: error.reason });
    default:
      return tDynamic(`class.error.${error.code}`, t('error.fallback', { code: error.code }));
  }
}

export function alertText(alert: Alert): string {
  switch (alert.kind) {
    case 'collapsed':
      return t('class.alert.collapsed', { cause: t(`class.cause.${alert.cause}`) });
    case 'collapseRisk':
      return alert.projected !== null && alert.projected < alert.floor
        ? t('class.alert.heading', { indicator: t(`indicator.${alert.indicator}`), value: formatNumber(alert.value, 0), floor: formatNumber(alert.floor, 0) })
        : t('class.alert.near', { indicator: t(`indicator.${alert.indicator}`), value: formatNumber(alert.value, 0), floor: formatNumber(alert.floor, 0) });
    case 'disconnected':
      return t('class.alert.disconnected', { name: alert.name, seconds: alert.forSec });
    case 'idle':
      return t('class.alert.idle', { name: alert.name, seconds: alert.idleSec });
  }
}
