/** A parameter's source status: V verified, S secondary summary, A assumption (shape, letter and title). */
import type { ParamSource } from '@shared/model/params.ts';
import { t } from '../../i18n/t.ts';

export function SourceBadge({ source }: { source: ParamSource }) {
  return <span className={`source-badge source-${source}`} title={t(`model.source.${source}`)}>{source}<span className="visually-hidden"> ({t(`model.source.${source}`)})</span></span>;
}
