import type { TFunction } from 'i18next';
import type { NotificationKind } from '../../gql/graphql';
import { formatDate, formatTime } from '../../lib/format';

/**
 * The sentence for a notification of a kind, naming what the API named. Values whose name ends
 * in `At` are times (ISO) and are shown in the training's time zone.
 */
export function notificationSentence(
  t: TFunction,
  language: string,
  kind: NotificationKind,
  params: readonly { name: string; value?: string | null }[],
): string {
  const values = Object.fromEntries(
    params.map(({ name, value }) => [
      name,
      value && name.endsWith('At') ? `${formatDate(value, language)} ${formatTime(value, language)}` : (value ?? ''),
    ]),
  );
  // Each kind names its own values; the typed keys cannot know which ones a row holds.
  return String(t(`notifications.kinds.${kind}`, values as never));
}
