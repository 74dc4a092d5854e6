import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueErrorMessage } from './errors';
import { invalidateCatalogue } from './queries';

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

/**
 * Moving one item of an ordered list (a track's modules, a module's lessons) one place up or
 * down: saves the new order, keeps focus on the moved item and reports the result.
 */
export function useReorder<T extends { id: string; title: string }>(
  items: T[],
  save: (orderedIds: string[]) => Promise<unknown>,
  feedback: { start: () => void; done: (message: string) => void; fail: (message: string) => void },
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useCatalogueErrorMessage();
  const setMoveFocus = useMoveFocus(items.map((item) => item.id).join());
  return useMutation({
    mutationFn: (vars: { item: T; index: number; delta: -1 | 1 }) =>
      save(
        moveId(
          items.map((item) => item.id),
          vars.index,
          vars.delta,
        ),
      ),
    onMutate: (vars) => {
      feedback.start();
      setMoveFocus({ id: vars.item.id, direction: vars.delta < 0 ? 'up' : 'down' });
    },
    onSuccess: async (_data, vars) => {
      await invalidateCatalogue(queryClient);
      feedback.done(
        t('catalogue.move.done', {
          title: vars.item.title,
          position: vars.index + vars.delta + 1,
          total: items.length,
        }),
      );
    },
    onError: (error) => feedback.fail(errorText(error)),
  });
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
