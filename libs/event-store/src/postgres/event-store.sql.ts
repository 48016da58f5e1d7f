import type { MigrationSet } from '@chitieu/database';

/**
 * The events table and the append function (docs/EVENT-STORE.md explains the positions).
 * position = (transaction id << 20) | index within the transaction; readers stop below
 * chitieu_visible_bound(), the oldest transaction still running, so nothing can commit behind them.
 */
const EVENTS_TABLE = `
CREATE TABLE events (
  position bigint PRIMARY KEY,
  stream_id text NOT NULL,
  version int NOT NULL CHECK (version >= 1),
  event_id uuid NOT NULL UNIQUE,
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  hash bytea NOT NULL,
  prev_hash bytea,
  CONSTRAINT events_stream_version UNIQUE (stream_id, version)
);
CREATE INDEX events_type_position ON events (type, position);
CREATE INDEX events_actor_position ON events ((metadata->>'actor'), position);
CREATE INDEX events_unit_position ON events ((metadata->>'unit'), position);
CREATE INDEX events_recorded_at ON events (recorded_at);

CREATE FUNCTION chitieu_visible_bound() RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20
$$;

CREATE FUNCTION chitieu_lock_stream(p_stream text) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtextextended(p_stream, 0))
$$;
`;

// Idempotency: every id already in this stream, in this order, at consecutive versions, is the
// same append retried (answer its first result). Some ids present otherwise is a conflict.
const APPEND_FUNCTION = `
CREATE FUNCTION chitieu_append(p_stream text, p_expected text, p_events jsonb,
  OUT status text, OUT current_version int, OUT next_version int, OUT last_position bigint, OUT conflict_ids text[])
LANGUAGE plpgsql AS $$
DECLARE
  v_n int := jsonb_array_length(p_events);
  v_found int; v_same_stream boolean; v_min_offset int; v_max_offset int; v_found_version int; v_found_position bigint;
  v_prev bytea; v_xid bigint; v_base bigint; v_at timestamptz; v_at_json text; v_e jsonb; v_i int := 0; v_hash bytea;
BEGIN
  -- First, before anything assigns this transaction its id: a later writer to the stream gets a larger one.
  PERFORM chitieu_lock_stream(p_stream);
  SELECT e.version, e.hash INTO current_version, v_prev FROM events e WHERE e.stream_id = p_stream ORDER BY e.version DESC LIMIT 1;
  current_version := coalesce(current_version, 0);

  SELECT count(*)::int, bool_and(e.stream_id = p_stream), min(e.version - g.o), max(e.version - g.o),
         max(e.version), max(e.position), array_agg(e.event_id::text ORDER BY g.o)
    INTO v_found, v_same_stream, v_min_offset, v_max_offset, v_found_version, v_found_position, conflict_ids
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS g(x, o)
    JOIN events e ON e.event_id = (g.x->>'eventId')::uuid;
  IF v_found = v_n AND v_same_stream AND v_min_offset = v_max_offset THEN
    status := 'idempotent'; next_version := v_found_version; last_position := v_found_position; conflict_ids := NULL;
    RETURN;
  ELSIF v_found > 0 THEN
    status := 'id_conflict'; RETURN;
  END IF;
  conflict_ids := NULL;

  IF (p_expected = 'no_stream' AND current_version <> 0)
     OR (p_expected NOT IN ('any', 'no_stream') AND p_expected::int <> current_version) THEN
    status := 'wrong_version'; RETURN;
  END IF;

  v_xid := pg_current_xact_id()::text::bigint;
  SELECT coalesce(max(e.position) + 1, v_xid << 20) INTO v_base FROM events e
   WHERE e.position >= v_xid << 20 AND e.position < (v_xid + 1) << 20;
  IF v_base + v_n > (v_xid + 1) << 20 THEN
    RAISE EXCEPTION 'more than 1048576 events in one transaction' USING ERRCODE = '54000';
  END IF;
  v_at := date_trunc('milliseconds', clock_timestamp());
  v_at_json := to_json(to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text;

  FOR v_e IN SELECT x FROM jsonb_array_elements(p_events) WITH ORDINALITY AS g(x, o) ORDER BY o LOOP
    -- The documented canonical text: [streamId, version, eventId, type, data, metadata, recordedAt].
    v_hash := sha256(coalesce(v_prev, ''::bytea) || convert_to(
      '[' || to_json(p_stream)::text || ',' || (current_version + v_i + 1)::text || ',' || to_json(v_e->>'eventId')::text
      || ',' || to_json(v_e->>'type')::text || ',' || (v_e->>'data') || ',' || (v_e->>'metadata') || ',' || v_at_json || ']',
      'UTF8'));
    INSERT INTO events (position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash)
    VALUES (v_base + v_i, p_stream, current_version + v_i + 1, (v_e->>'eventId')::uuid, v_e->>'type',
            (v_e->>'data')::jsonb, (v_e->>'metadata')::jsonb, v_at, v_hash, v_prev);
    v_prev := v_hash;
    v_i := v_i + 1;
  END LOOP;

  -- No pg_notify here: NOTIFY takes a database-wide lock held through the commit's WAL flush,
  -- which serialises every appending transaction. The store notifies after commit instead.
  status := 'ok'; next_version := current_version + v_n; last_position := v_base + v_n - 1;
END
$$;
`;

// The idempotency probe as first shipped was planned as a hash join over a scan of the whole
// events table (the planner guesses 100 rows from jsonb_array_elements), so every append read
// every event (docs/PERFORMANCE.md). A lateral lookup can only use the event_id index.
const SCANNING_PROBE = "JOIN events e ON e.event_id = (g.x->>'eventId')::uuid;";
const INDEXED_PROBE = "JOIN LATERAL (SELECT * FROM events e1 WHERE e1.event_id = (g.x->>'eventId')::uuid OFFSET 0) e ON true;";
if (!APPEND_FUNCTION.includes(SCANNING_PROBE)) throw new Error('chitieu_append changed: revisit migration 3');
const APPEND_FUNCTION_INDEXED_PROBE = APPEND_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace(SCANNING_PROBE, INDEXED_PROBE);

export const eventStoreMigrations: MigrationSet = {
  name: 'event-store',
  migrations: [
    { version: 1, description: 'events table, visibility bound, stream lock', sql: EVENTS_TABLE },
    { version: 2, description: 'chitieu_append: one round trip append with hash chain', sql: APPEND_FUNCTION },
    { version: 3, description: 'chitieu_append: idempotency probe by the event_id index', sql: APPEND_FUNCTION_INDEXED_PROBE },
  ],
};

export const NOTIFY_CHANNEL = 'chitieu_events';
