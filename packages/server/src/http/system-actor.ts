// The actor HTTP presenters use to read what a use case has already authorised.
import type { Actor } from '../services/shared/actor';

/** Reads on behalf of a request that was already checked. */
export const systemActor: Actor = { kind: 'system', name: 'http' };
