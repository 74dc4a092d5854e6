import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudentSubmissionFieldsFragment, SubmissionFileFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { SaveSubmissionDraftDocument } from './assignments.documents';
import { isConflict } from './errors';

export interface DraftValues {
  text: string;
  files: SubmissionFileFieldsFragment[];
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict' };

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1000;

/**
 * The student's draft, saved as they write. Changes are saved after a pause in typing, one save
 * at a time (a change made during a save is saved right after it). Each save sends the version
 * the last one returned; when the API answers CONFLICT (saved or handed in from another tab),
 * saving stops until the page reloads the draft, so nothing is overwritten silently.
 */
export function useDraftAutosave({
  assignmentId,
  initial,
  onSaved,
}: {
  assignmentId: string;
  initial: { values: DraftValues; version: number | null; id: string | null };
  onSaved?: (saved: StudentSubmissionFieldsFragment) => void;
}) {
  const [values, setValues] = useState(initial.values);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [draftId, setDraftId] = useState(initial.id);
  const valuesRef = useRef(initial.values);
  const versionRef = useRef(initial.version);
  const draftIdRef = useRef(initial.id);
  const dirtyRef = useRef(false);
  const conflictRef = useRef(false);
  const runningRef = useRef<Promise<unknown> | null>(null);
  const timerRef = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  /** Saves now if anything changed; resolves with the error, or null when the draft on the server is current. */
  const saveNow = useCallback(async (): Promise<unknown> => {
    window.clearTimeout(timerRef.current);
    // Wait for a save in flight: its answer carries the version this save must send.
    while (runningRef.current) await runningRef.current.catch(() => undefined);
    if (conflictRef.current) return new Error('conflict');
    if (!dirtyRef.current) return null;
    dirtyRef.current = false;
    const snapshot = valuesRef.current;
    setState({ kind: 'saving' });
    const run = request(SaveSubmissionDraftDocument, {
      input: {
        assignmentId,
        text: snapshot.text,
        fileIds: snapshot.files.map((file) => file.id),
        version: versionRef.current,
      },
    });
    runningRef.current = run;
    try {
      const saved = (await run).saveSubmissionDraft;
      versionRef.current = saved.version;
      draftIdRef.current = saved.id;
      setDraftId(saved.id);
      onSavedRef.current?.(saved);
      setState(dirtyRef.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      return null;
    } catch (error) {
      if (isConflict(error)) {
        conflictRef.current = true;
        setState({ kind: 'conflict' });
      } else {
        // Kept as unsaved: the next change (or hand-in) tries again.
        dirtyRef.current = true;
        setState({ kind: 'error', error });
      }
      return error;
    } finally {
      runningRef.current = null;
    }
  }, [assignmentId]);

  const change = useCallback(
    (
      next: Partial<DraftValues> | ((current: DraftValues) => Partial<DraftValues>),
      { immediately = false } = {},
    ): Promise<unknown> => {
      if (conflictRef.current) return Promise.resolve(new Error('conflict'));
      const patch = typeof next === 'function' ? next(valuesRef.current) : next;
      valuesRef.current = { ...valuesRef.current, ...patch };
      setValues(valuesRef.current);
      dirtyRef.current = true;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'pending' }));
      window.clearTimeout(timerRef.current);
      if (immediately) return saveNow();
      timerRef.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
      return Promise.resolve(null);
    },
    [saveNow],
  );

  // Leaving the page saves what was typed last; closing the tab with unsaved text asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current || runningRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirtyRef.current && !conflictRef.current) void saveNow();
    };
  }, [saveNow]);

  return {
    values,
    state,
    draftId,
    /** The version to hand in: what the last save returned. */
    version: () => versionRef.current,
    currentDraftId: () => draftIdRef.current,
    change,
    saveNow,
  };
}
