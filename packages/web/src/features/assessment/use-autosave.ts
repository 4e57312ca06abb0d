// Continuous saving, offline first: each edit is kept on this device (IndexedDB) the moment it is
// typed, then saved on its own, 800 ms after the last change, on top of the version it was typed
// over. Saves go one at a time in the order of the edits. Without a connection the edit waits on
// the device ('queued') and is sent when the connection returns (or the page is opened again); a
// 409 VERSION_CONFLICT stops the item and keeps the colleague's version for the conflict dialog, so
// an edit made offline never overwrites a colleague's silently.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentEstimate, AssessmentItem, ItemValues } from '@dti/contract';
import { ApiRequestError } from '../../api/client';
import { saveItem } from '../../api/assessments';
import {
  loadDrafts,
  nextSeq,
  putDraft,
  rebaseDraft,
  removeDraft,
  sameValues,
  settleDraft,
  type DraftOwner,
} from './offline-drafts';

/** A colleague's version of an item, from the 409 answer. */
export interface ItemConflict {
  values: ItemValues;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** Save state of one item ('queued': kept on this device, waiting for the connection). */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'queued' | 'error' | 'conflict';

/** What the form knows of one item. */
export interface ItemSaveState {
  values: ItemValues;
  version: number;
  status: SaveStatus;
  savedAt: Date | null;
  error: ApiRequestError | null;
  conflict: ItemConflict | null;
  /** Sequence number of the edit kept on this device for these values. */
  seq?: number | undefined;
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
  /** Whose edits to keep on this device; without it nothing is kept (tests). */
  owner?: DraftOwner | null | undefined;
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

/** Statuses whose values still have to reach the server. */
const unsent = new Set<SaveStatus>(['pending', 'queued', 'error']);

/** Per-item continuous saving with conflict detection. */
export function useAutosave({
  year,
  unitCode,
  initial,
  onSaved,
  delayMs = 800,
  save = saveItem,
  owner = null,
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
  /** Saves go one after the other, in the order they were asked for. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  const ownerKey = owner ? `${owner.userId}/${owner.year}/${owner.unitCode}` : null;
  const ownerRef = useRef(owner);
  ownerRef.current = owner;

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

  const send = useCallback(
    async (code: string): Promise<void> => {
      const timer = timers.current.get(code);
      if (timer) clearTimeout(timer);
      timers.current.delete(code);
      if (inFlight.current.has(code)) {
        again.current.add(code);
        return;
      }
      const state = ref.current[code];
      if (!state || !unsent.has(state.status)) return;
      inFlight.current.add(code);
      const sent = state.values;
      const sentSeq = state.seq;
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
        const who = ownerRef.current;
        if (who) await settleDraft(who, code, sentSeq, answer.item.version).catch(() => undefined);
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
          // no connection: the edit waits on this device; other failures are errors (retried if they may pass)
          patch(code, { status: failure.status === 0 ? 'queued' : 'error', error: failure });
          if (retryable(failure)) {
            const n = (attempts.current.get(code) ?? 0) + 1;
            attempts.current.set(code, n);
            const wait = Math.min(30_000, 1000 * 2 ** n);
            timers.current.set(
              code,
              setTimeout(() => void flushRef.current(code), wait),
            );
          }
        }
      } finally {
        inFlight.current.delete(code);
        if (again.current.delete(code)) void flushRef.current(code);
      }
    },
    [patch, save, year, unitCode],
  );

  /** Sends an item's values after the saves already asked for. */
  const flush = useCallback(
    (code: string): Promise<void> => {
      const next = chain.current.then(() => send(code));
      chain.current = next.catch(() => undefined);
      return next;
    },
    [send],
  );
  const flushRef = useRef(flush);
  flushRef.current = flush;

  /** Sends every unsent item, oldest edit first. */
  const sendAllUnsent = useCallback(() => {
    const waiting = Object.entries(ref.current)
      .filter(([, s]) => unsent.has(s.status) && s.status !== 'pending')
      .sort(([, a], [, b]) => (a.seq ?? 0) - (b.seq ?? 0));
    for (const [code] of waiting) void flush(code);
  }, [flush]);

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

  /** The user changed an item; `valid` false keeps it unsent until the problems are fixed. */
  const change = useCallback(
    (code: string, values: ItemValues, valid: boolean) => {
      const current = ref.current[code];
      const seq = nextSeq();
      const who = ownerRef.current;
      if (who) {
        void putDraft(who, { code, values, baseVersion: current?.version ?? 0, valid, seq }).catch(
          () => undefined,
        );
      }
      if (current?.status === 'conflict') {
        patch(code, { values, seq });
        return;
      }
      patch(code, { values, seq, status: valid ? 'pending' : 'idle' });
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
      const who = ownerRef.current;
      if (choice === 'theirs') {
        if (who) void removeDraft(who, code).catch(() => undefined);
        patch(code, {
          values: theirs.values,
          version: theirs.version,
          status: 'saved',
          conflict: null,
          error: null,
        });
      } else {
        if (who) void rebaseDraft(who, code, theirs.version).catch(() => undefined);
        patch(code, { version: theirs.version, status: 'pending', conflict: null, error: null });
        void flush(code);
      }
    },
    [flush, patch],
  );

  /** Tries every failed or waiting item again now. */
  const retry = sendAllUnsent;

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

  // The connection is back: send what waits, in order.
  useEffect(() => {
    window.addEventListener('online', sendAllUnsent);
    return () => window.removeEventListener('online', sendAllUnsent);
  }, [sendAllUnsent]);

  // Edits kept on this device from an earlier visit (closed tab, reboot, offline): shown at once and
  // sent in their order, each on the version it was typed over. One the server already has (saved
  // just before the tab closed) is forgotten.
  const initialRef = useRef(initial);
  useEffect(() => {
    const who = ownerRef.current;
    if (!who || ownerKey === null) return;
    let alive = true;
    void loadDrafts(who)
      .then((edits) => {
        if (!alive) return;
        const server = new Map(initialRef.current.map((i) => [i.subCode, i]));
        for (const edit of edits) {
          const stored = server.get(edit.code);
          if (stored && sameValues(stored.values, edit.values)) {
            void removeDraft(who, edit.code, edit.seq).catch(() => undefined);
            continue;
          }
          patch(edit.code, {
            values: edit.values,
            version: edit.baseVersion,
            seq: edit.seq,
            status: edit.valid ? 'queued' : 'idle',
          });
        }
        sendAllUnsent();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [ownerKey, patch, sendAllUnsent]);

  return { states, change, resolve, retry, reset, flush };
}

/** The one status line of the form: saving, error, or the last save time. */
export function summarizeSaves(states: Record<string, ItemSaveState>): {
  status: 'saving' | 'queued' | 'error' | 'conflict' | 'saved' | 'idle';
  savedAt: Date | null;
} {
  let savedAt: Date | null = null;
  let saving = false;
  let queued = false;
  let error = false;
  let conflict = false;
  for (const s of Object.values(states)) {
    if (s.status === 'saving' || s.status === 'pending') saving = true;
    if (s.status === 'error') error = true;
    if (s.status === 'queued') queued = true;
    if (s.status === 'conflict') conflict = true;
    if (s.savedAt && (!savedAt || s.savedAt > savedAt)) savedAt = s.savedAt;
  }
  const status = conflict
    ? 'conflict'
    : error
      ? 'error'
      : queued
        ? 'queued'
        : saving
          ? 'saving'
          : savedAt
            ? 'saved'
            : 'idle';
  return { status, savedAt };
}
