import { useState } from 'react';
import { Notice } from '../../components/ui/notice';
import { useUrlSync } from './use-url-sync';

type Message = { tone: 'notice' | 'error'; text: string };

/** Keeps the URL in step with the configuration and says what happened to a link. */
export function UrlSync({ linkError }: { linkError?: string }) {
  const [message, setMessage] = useState<Message | undefined>(
    linkError === undefined
      ? undefined
      : {
          tone: 'error',
          text: `The link could not be opened: ${linkError} The configurator started empty.`,
        },
  );
  useUrlSync({
    onLinkOpened: () =>
      setMessage({ tone: 'notice', text: 'Opened the configuration from the link.' }),
    onLinkError: (error) =>
      setMessage({
        tone: 'error',
        text: `The link could not be opened: ${error} Your configuration is unchanged.`,
      }),
  });
  if (!message) return null;
  return (
    <div className="px-4 pt-3">
      <Notice tone={message.tone} onDismiss={() => setMessage(undefined)}>
        {message.text}
      </Notice>
    </div>
  );
}
