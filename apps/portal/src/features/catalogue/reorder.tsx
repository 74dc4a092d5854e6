import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The ids in their new order after moving the item at `index` one place up (-1) or down (+1). */
export function moveId(ids: string[], index: number, delta: -1 | 1): string[] {
  const next = [...ids];
  const [id] = next.splice(index, 1);
  next.splice(index + delta, 0, id);
  return next;
}

type Direction = 'up' | 'down';

/**
 * Keeps keyboard focus on the item being moved. Re-rendering in the new order moves DOM nodes,
 * and a moved node loses focus; once the list shows the new order this puts focus back on the
 * same button, or on the other one when the item reached the top or bottom.
 */
export function useMoveFocus(orderKey: string) {
  const [target, setTarget] = useState<{ id: string; direction: Direction } | null>(null);
  useEffect(() => {
    if (!target) return;
    const find = (direction: Direction) =>
      document.querySelector<HTMLButtonElement>(`[data-move="${target.id}:${direction}"]:not(:disabled)`);
    const button = find(target.direction) ?? find(target.direction === 'up' ? 'down' : 'up');
    button?.focus();
  }, [orderKey, target]);
  return setTarget;
}

/** "Up" and "down" buttons for one item of an ordered list, named after the item for screen readers. */
export function MoveButtons({
  id,
  title,
  index,
  count,
  busy,
  onMove,
}: {
  id: string;
  title: string;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  // While a move is saved the buttons stay enabled (a disabled button would drop focus), but
  // clicks are ignored.
  const move = (delta: -1 | 1) => {
    if (!busy) onMove(delta);
  };
  return (
    <div className="move-buttons">
      <button
        type="button"
        className="button button-small button-secondary"
        data-move={`${id}:up`}
        disabled={index === 0}
        aria-label={t('catalogue.move.upFor', { title })}
        onClick={() => move(-1)}
      >
        <span aria-hidden="true">↑</span> {t('catalogue.move.up')}
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        data-move={`${id}:down`}
        disabled={index === count - 1}
        aria-label={t('catalogue.move.downFor', { title })}
        onClick={() => move(1)}
      >
        <span aria-hidden="true">↓</span> {t('catalogue.move.down')}
      </button>
    </div>
  );
}
