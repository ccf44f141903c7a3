/** The room code in large, unambiguous letters, with buttons to copy it and the invite link. */
import { t } from '../../i18n/t.ts';
import { paths } from '../../router.tsx';
import { CopyButton } from '../CopyButton.tsx';

export function CodeShare({ code }: { code: string }) {
  const link = `${window.location.origin}${paths.match(code)}`;
  return (
    <div className="code-share">
      <p className="eyebrow" id="code-label">{t('lobby.code')}</p>
      <p className="room-code" data-testid="lobby-code" aria-labelledby="code-label">
        {code.split('').map((ch, i) => <span key={i}>{ch}</span>)}
      </p>
      <p className="invite-link"><span className="visually-hidden">{t('lobby.link')}: </span>{link}</p>
      <div className="button-row">
        <CopyButton text={code} label={t('lobby.copyCode')} testId="copy-code" />
        <CopyButton text={link} label={t('lobby.copyLink')} testId="copy-link" />
      </div>
    </div>
  );
}
