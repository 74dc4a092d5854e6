import type { ComponentProps } from 'react';
import { ConfirmDialog as BaseConfirmDialog } from '../../lib/confirm-dialog';
import { useCatalogueErrorMessage } from './errors';

/** The shared confirm step, explaining refusals with the catalogue's own reasons. */
export function ConfirmDialog(props: Omit<ComponentProps<typeof BaseConfirmDialog>, 'errorText'>) {
  return <BaseConfirmDialog {...props} errorText={useCatalogueErrorMessage()} />;
}
