// Edits kept on this device (IndexedDB, through idb-keyval) from the moment they are typed until the
// server has them: one record per account, period and unit, holding for each item the values typed,
// the version they were typed over (the base version the save is sent with) and a sequence number
// (edits are sent in the order they were made). A closed tab or a reboot loses nothing; sign-out
// clears every record (`clearOfflineDrafts`).
import { clear, createStore, get, update, type UseStore } from 'idb-keyval';
import type { ItemValues } from '@dti/contract';

/** One item's edit waiting on this device. */
export interface DraftEdit {
  code: string;
  values: ItemValues;
  /** The item's version the edit was typed over. */
  baseVersion: number;
  /** False while the values have problems (kept, not sent). */
  valid: boolean;
  /** Order of the edits (later edits send later). */
  seq: number;
}

/** Whose drafts: the account, the period and the unit. */
export interface DraftOwner {
  userId: number;
  year: number;
  unitCode: string;
}

type DraftRecord = Record<string, DraftEdit>;

let store: UseStore | null | undefined;

/** The IndexedDB store, or null where the browser has none (then nothing is kept). */
function draftStore(): UseStore | null {
  if (store === undefined) {
    store = typeof indexedDB === 'undefined' ? null : createStore('dti-offline', 'drafts');
  }
  return store;
}

const keyOf = (owner: DraftOwner) => `${owner.userId}/${owner.year}/${owner.unitCode}`;

let lastSeq = 0;
/** A sequence number larger than every one given before on this page (and than the clock's past). */
export function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now());
  return lastSeq;
}

/** The edits waiting for `owner`, oldest first. */
export async function loadDrafts(owner: DraftOwner): Promise<DraftEdit[]> {
  const s = draftStore();
  if (!s) return [];
  const record = (await get<DraftRecord>(keyOf(owner), s)) ?? {};
  const edits = Object.values(record).sort((a, b) => a.seq - b.seq);
  for (const e of edits) lastSeq = Math.max(lastSeq, e.seq);
  return edits;
}

/** Keeps (or replaces) the edit of one item. */
export async function putDraft(owner: DraftOwner, edit: DraftEdit): Promise<void> {
  const s = draftStore();
  if (!s) return;
  await update<DraftRecord>(keyOf(owner), (old) => ({ ...old, [edit.code]: edit }), s);
}

/** Forgets an item's edit once the server has it, unless a newer edit (another seq) replaced it. */
export async function removeDraft(owner: DraftOwner, code: string, seq?: number): Promise<void> {
  const s = draftStore();
  if (!s) return;
  await update<DraftRecord>(
    keyOf(owner),
    (old) => {
      const next = { ...old };
      if (seq === undefined || next[code]?.seq === seq) delete next[code];
      return next;
    },
    s,
  );
}

/**
 * After the server saved edit `seq` of an item at `version`: forgets it, or, when a newer edit was
 * typed meanwhile, moves that edit's base to `version` (it was typed on top of the saved values).
 */
export async function settleDraft(
  owner: DraftOwner,
  code: string,
  seq: number | undefined,
  version: number,
): Promise<void> {
  const s = draftStore();
  if (!s) return;
  await update<DraftRecord>(
    keyOf(owner),
    (old) => {
      const next = { ...old };
      const edit = next[code];
      if (!edit) return next;
      if (seq === undefined || edit.seq === seq) delete next[code];
      else next[code] = { ...edit, baseVersion: version };
      return next;
    },
    s,
  );
}

/** Changes the base version of a kept edit (after "keep mine" in the conflict dialog). */
export async function rebaseDraft(owner: DraftOwner, code: string, baseVersion: number): Promise<void> {
  const s = draftStore();
  if (!s) return;
  await update<DraftRecord>(
    keyOf(owner),
    (old) => {
      const edit = old?.[code];
      return edit ? { ...old, [code]: { ...edit, baseVersion } } : { ...old };
    },
    s,
  );
}

/** True when two items' values are the same whatever the order of their keys. */
export function sameValues(a: ItemValues, b: ItemValues): boolean {
  const stable = (v: ItemValues) =>
    JSON.stringify(
      Object.keys(v)
        .sort()
        .map((k) => [k, v[k]]),
    );
  return stable(a) === stable(b);
}

/** Forgets every edit kept on this device (sign-out). */
export async function clearOfflineDrafts(): Promise<void> {
  const s = draftStore();
  if (s) await clear(s);
}
