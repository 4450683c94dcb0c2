import { useEffect, useId, useState } from 'react';
import { useDemoText } from './i18n';

interface SentMessage {
  username: string;
  destination: string;
  medium: 'EMAIL' | 'SMS';
  code: string;
  source?: string;
  /** The link in the message (the kit's CustomMessage trigger), with the code filled in. */
  link?: string;
  at: number;
}

/**
 * Dev only: the codes the emulator "sent" (no email leaves the machine), read from its
 * /_harness/messages route once a second.
 */
export function CodesPanel({ endpoint }: { endpoint: string }) {
  const id = useId();
  const { t, locale } = useDemoText();
  const [messages, setMessages] = useState<SentMessage[]>([]);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const url = new URL('_harness/messages', endpoint).href;
    const poll = async () => {
      try {
        const response = await fetch(url, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as SentMessage[];
        if (!stopped) {
          setMessages((previous) => (previous.length === next.length && previous.at(-1)?.at === next.at(-1)?.at ? previous : next));
          setUnreachable(false);
        }
      } catch {
        if (!stopped) setUnreachable(true);
      }
      if (!stopped) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [endpoint]);

  const newestFirst = [...messages].reverse().slice(0, 12);
  return (
    <section className="demo-panel" aria-labelledby={`${id}-title`} data-testid="codes-panel">
      <h2 id={`${id}-title`}>{t('codes.title')}</h2>
      <p className="demo-note">{t('codes.note')}</p>
      {newestFirst.some((message) => message.link) && <p className="demo-note">{t('codes.linkNote')}</p>}
      {unreachable && <p className="demo-error">{t('codes.unreachable', { endpoint })}</p>}
      {newestFirst.length === 0 ? (
        <p className="demo-note">{t('codes.none')}</p>
      ) : (
        <ol className="demo-codes">
          {newestFirst.map((message) => (
            <li key={`${message.at}-${message.username}-${message.code}`}>
              <code className="demo-code" data-username={message.username}>
                {message.code}
              </code>
              <span className="demo-code-to">{message.destination}</span>
              <span className="demo-code-meta">
                {message.username} · {message.source ?? 'code'} ·{' '}
                <time dateTime={new Date(message.at).toISOString()}>{new Date(message.at).toLocaleTimeString(locale)}</time>
              </span>
              {message.link && <LinkActions link={message.link} username={message.username} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The message's link: opened here in a new tab (this browser), or copied for another browser ("another device"). */
function LinkActions({ link, username }: { link: string; username: string }) {
  const { t } = useDemoText();
  const [copied, setCopied] = useState(false);
  return (
    <span className="demo-code-link">
      <a href={link} target="_blank" rel="noopener noreferrer" data-link={username}>
        {t('codes.open')}
      </a>
      <button
        type="button"
        className="demo-link"
        onClick={() => {
          void navigator.clipboard?.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {t('codes.copy')}
      </button>
      <span role="status" className="demo-code-meta">
        {copied ? t('codes.copied') : ''}
      </span>
    </span>
  );
}
