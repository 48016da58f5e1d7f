import type { KurrentDBClient } from '@kurrent/kurrentdb-client';

/** The part of the KurrentDB client the adapter uses: small enough to fake in a unit test. */
export type KurrentClient = Pick<KurrentDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;
