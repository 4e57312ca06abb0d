// Continuous saving: each item is saved on its own, 800 ms after the last change, on top of the
// version it was read at. A network failure is retried with a growing wait; a 409 VERSION_CONFLICT
// stops the item and keeps the colleague's version for the conflict dialog.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentEstimate, AssessmentItem, ItemValues } from '@dti/contract';
import { ApiRequestError } from '../../api/client';
import { saveItem } from '../../api/assessments';

/** A colleague's version of an item, from the 409 answer. */
export interface ItemConflict {
  values: ItemValues;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** Save state of one item. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** What the form knows of one item. */
export interface ItemSaveState {
  values: ItemValues;
  version: number;
  status: SaveStatus;
  savedAt: Date | null;
  error: ApiRequestError | null;
  conflict: ItemConflict | null;
}

/** Settings of `useAutosave`. */
export interface AutosaveOptions {
  year: number;
  unitCode: string;
  initial: readonly AssessmentItem[];
  onSaved: (item: AssessmentItem, estimate: AssessmentEstimate) => void;
  delayMs?: number;
  /** Sends the values (tests replace it). */
  save?: typeof saveItem;
}

function conflictOf(error: ApiRequestError): ItemConflict {
  const current = (error.details[0] as { current?: Partial<ItemConflict> } | undefined)?.current;
  return {
    values: current?.values ?? {},
    version: current?.version ?? 0,
    updatedBy: current?.updatedBy ?? null,
    updatedAt: current?.updatedAt ?? null,
  };
}

const retryable = (error: ApiRequestError) =>
  error.status === 0 || error.status >= 500 || error.status === 429;

/** Per-item continuous saving with conflict detection. */
export function useAutosave({
  year,
  unitCode,
  initial,
  onSaved,
  delayMs = 800,
  save = saveItem,
}: AutosaveOptions) {
  const [states, setStates] = useState<Record<string, ItemSaveState>>(() =>
    Object.fromEntries(
      initial.map((item) => [
        item.subCode,
        {
          values: item.values,
          version: item.version,
          status: 'idle',
          savedAt: null,
          error: null,
          conflict: null,
        },
      ]),
    ),
  );
  const ref = useRef(states);
  ref.current = states;
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());
  const again = useRef(new Set<string>());
  const attempts = useRef(new Map<string, number>());
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const patch = useCallback((code: string, change: Partial<ItemSaveState>) => {
    setStates((s) => {
      const before = s[code] ?? {
        values: {},
        version: 0,
        status: 'idle' as const,
        savedAt: null,
        error: null,
        conflict: null,
      };
      const next = { ...s, [code]: { ...before, ...change } };
      ref.current = next;
      return next;
    });
  }, []);

  const flush = useCallback(
    async (code: string): Promise<void> => {
      timers.current.delete(code);
      if (inFlight.current.has(code)) {
        again.current.add(code);
        return;
      }
      const state = ref.current[code];
      if (!state || state.status === 'conflict') return;
      inFlight.current.add(code);
      const sent = state.values;
      patch(code, { status: 'saving', error: null });
      try {
        const answer = await save(year, unitCode, code, sent, state.version);
        attempts.current.delete(code);
        const changedMeanwhile = ref.current[code]?.values !== sent;
        patch(code, {
          version: answer.item.version,
          status: changedMeanwhile ? 'pending' : 'saved',
          savedAt: new Date(),
        });
        onSavedRef.current(answer.item, answer.estimate);
        if (changedMeanwhile) again.current.add(code);
      } catch (error) {
        const failure =
          error instanceof ApiRequestError
            ? error
            : new ApiRequestError(0, { code: 'CLIENT_ERROR', message: String(error), details: [] });
        if (failure.code === 'VERSION_CONFLICT') {
          patch(code, { status: 'conflict', conflict: conflictOf(failure), error: failure });
        } else {
          patch(code, { status: 'error', error: failure });
          if (retryable(failure)) {
            const n = (attempts.current.get(code) ?? 0) + 1;
            attempts.current.set(code, n);
            const wait = Math.min(30_000, 1000 * 2 ** n);
            timers.current.set(
              code,
              setTimeout(() => void flush(code), wait),
            );
          }
        }
      } finally {
        inFlight.current.delete(code);
        if (again.current.delete(code)) void flush(code);
      }
    },
    [patch, save, year, unitCode],
  );

  const schedule = useCallback(
    (code: string, wait: number) => {
      const old = timers.current.get(code);
      if (old) clearTimeout(old);
      timers.current.set(
        code,
        setTimeout(() => void flush(code), wait),
      );
    },
    [flush],
  );

  /** The user changed an item; `valid` false keeps it unsaved until the problems are fixed. */
  const change = useCallback(
    (code: string, values: ItemValues, valid: boolean) => {
      const current = ref.current[code];
      if (current?.status === 'conflict') {
        patch(code, { values });
        return;
      }
      patch(code, { values, status: valid ? 'pending' : 'idle' });
      const old = timers.current.get(code);
      if (old) clearTimeout(old);
      if (valid) schedule(code, delayMs);
    },
    [delayMs, patch, schedule],
  );

  /** Settles a conflict: take the colleague's values, or write mine on top of their version. */
  const resolve = useCallback(
    (code: string, choice: 'theirs' | 'mine') => {
      const current = ref.current[code];
      if (!current?.conflict) return;
      const theirs = current.conflict;
      if (choice === 'theirs') {
        patch(code, {
          values: theirs.values,
          version: theirs.version,
          status: 'saved',
          conflict: null,
          error: null,
        });
      } else {
        patch(code, { version: theirs.version, status: 'pending', conflict: null, error: null });
        void flush(code);
      }
    },
    [flush, patch],
  );

  /** Tries every failed item again now. */
  const retry = useCallback(() => {
    for (const [code, s] of Object.entries(ref.current)) if (s.status === 'error') void flush(code);
  }, [flush]);

  /** Replaces an item after an outside change (council answer, reload). */
  const reset = useCallback(
    (item: AssessmentItem) =>
      patch(item.subCode, {
        values: item.values,
        version: item.version,
        status: 'idle',
        conflict: null,
        error: null,
      }),
    [patch],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const t of pending.values()) clearTimeout(t);
    };
  }, []);

  return { states, change, resolve, retry, reset, flush };
}

/** The one status line of the form: saving, error, or the last save time. */
export function summarizeSaves(states: Record<string, ItemSaveState>): {
  status: 'saving' | 'error' | 'conflict' | 'saved' | 'idle';
  savedAt: Date | null;
} {
  let savedAt: Date | null = null;
  let saving = false;
  let error = false;
  let conflict = false;
  for (const s of Object.values(states)) {
    if (s.status === 'saving' || s.status === 'pending') saving = true;
    if (s.status === 'error') error = true;
    if (s.status === 'conflict') conflict = true;
    if (s.savedAt && (!savedAt || s.savedAt > savedAt)) savedAt = s.savedAt;
  }
  const status = conflict ? 'conflict' : error ? 'error' : saving ? 'saving' : savedAt ? 'saved' : 'idle';
  return { status, savedAt };
}
