/** A button that copies a text (a code, an invite link) and says so for sighted and screen-reader users. */
import { useState } from 'react';
import { t } from '../i18n/t.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // insecure origin or denied permission: the text stays visible to copy by hand
  }
}

export function CopyButton({ text, label, testId }: { text: string; label: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const onClick = async () => {
    setCopied(await copyText(text));
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button type="button" className="button small ghost" data-testid={testId} onClick={onClick}>
      {copied ? t('common.copied') : label}
      <span className="visually-hidden" aria-live="polite">{copied ? t('common.copied') : ''}</span>
    </button>
  );
}
