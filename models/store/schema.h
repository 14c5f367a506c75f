#pragma once

#include <string_view>

namespace Nigran::Models::Schema {

// Every syncable table carries the row identity of SYNC.md principle 1:
//   id       UUID text primary key
//   district the district whose register holds the row (scope for sync)
//   version  assigned by the centre on acceptance; 0 until then
//   hlc      hybrid logical clock of the last local change (ordering, display)
//   origin   office id that made the last change
//   deleted  tombstone flag (tombstones replicate)
// plus a few indexed columns for search and the full record as a CBOR `body`.
// Every local write also appends to `outbox` (with the base_version the edit started from) and to
// `audit_log`, in the same transaction (RecordStore).

inline constexpr std::string_view version1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    login        TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    entity       TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    base_version INTEGER NOT NULL,
    hlc          INTEGER NOT NULL,
    batch_id     TEXT
);
CREATE INDEX outbox_batch ON outbox(batch_id);

CREATE TABLE persons (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    cnic       TEXT,
    passport   TEXT,
    name_latin TEXT NOT NULL,
    name_urdu  TEXT NOT NULL DEFAULT '',
    name_key   TEXT NOT NULL,
    urdu_key   TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    status     TEXT NOT NULL DEFAULT 'draft',
    sealed     INTEGER NOT NULL DEFAULT 0,
    body       BLOB NOT NULL
);
CREATE INDEX persons_cnic ON persons(cnic);
CREATE INDEX persons_name ON persons(name_key, id);
CREATE INDEX persons_urdu ON persons(urdu_key, id);
CREATE INDEX persons_birth ON persons(birth_date);

CREATE TABLE cases (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX cases_person ON cases(person_id);

CREATE TABLE charges (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX charges_person ON charges(person_id);

CREATE TABLE convictions (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX convictions_person ON convictions(person_id);

CREATE TABLE sentences (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id     TEXT NOT NULL,
    conviction_id TEXT NOT NULL,
    body          BLOB NOT NULL
);
CREATE INDEX sentences_person ON sentences(person_id);

CREATE TABLE custody_events (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX custody_person ON custody_events(person_id);

CREATE TABLE monitoring_orders (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX monitoring_person ON monitoring_orders(person_id);

-- Workflow history and corrections are records too: they sync like any change.
CREATE TABLE register_transitions (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX transitions_person ON register_transitions(person_id);

CREATE TABLE revisions (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX revisions_person ON revisions(person_id);
)sql";

inline constexpr std::string_view version2 = R"sql(
ALTER TABLE cases ADD COLUMN fir_key TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_fir ON cases(fir_key);
ALTER TABLE persons ADD COLUMN expected_release TEXT;
CREATE INDEX persons_release ON persons(expected_release);
)sql";

// Sync state (SYNC.md principles 3-6): the batch frozen before it is sent (its exact bytes are resent
// until acknowledged), the conflict this edit resolves, and the district's conflicts as the centre
// reports them (a local kind, rows of the entity "sync_conflicts"). The pull cursor and the audit head
// the centre accepted live in `meta` ("sync.cursor", "sync.auditSeq", "sync.auditHash").
inline constexpr std::string_view version3 = R"sql(
CREATE TABLE sync_batches (
    batch_id TEXT PRIMARY KEY,
    payload  BLOB NOT NULL,
    created  TEXT NOT NULL
);

ALTER TABLE outbox ADD COLUMN resolves TEXT;
CREATE INDEX outbox_row ON outbox(entity, row_id);

CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    open   INTEGER NOT NULL DEFAULT 1,
    body   BLOB NOT NULL
);
CREATE INDEX sync_conflicts_row ON sync_conflicts(entity, row_id);
CREATE INDEX sync_conflicts_open ON sync_conflicts(open);
)sql";

// Monitoring: zones of a monitoring order (one row per zone version; the newest live version applies)
// and alerts (raised by the violation engine at the centre or, for imported files, here; triaged by
// supervisors) sync like records. Fixes are local only: compact per-device blocks of at most one hour
// (FixCodec bodies) with an R*Tree over each block's time span and bounding box.
inline constexpr std::string_view version4 = R"sql(
CREATE TABLE zones (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id    TEXT NOT NULL,
    order_id     TEXT NOT NULL,
    zone_id      TEXT NOT NULL,
    zone_version INTEGER NOT NULL,
    body         BLOB NOT NULL
);
CREATE INDEX zones_order ON zones(order_id, zone_id, zone_version);
CREATE INDEX zones_person ON zones(person_id);

CREATE TABLE alerts (
    id TEXT PRIMARY KEY, district TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL, origin TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    person_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    state     INTEGER NOT NULL,
    severity  INTEGER NOT NULL,
    body      BLOB NOT NULL
);
CREATE INDEX alerts_queue ON alerts(state, raised_at);
CREATE INDEX alerts_person ON alerts(person_id, raised_at);

CREATE TABLE fix_blocks (
    id        INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    hour      INTEGER NOT NULL,
    first_ms  INTEGER NOT NULL,
    last_ms   INTEGER NOT NULL,
    fixes     INTEGER NOT NULL,
    body      BLOB NOT NULL,
    UNIQUE (device_id, hour)
);
CREATE VIRTUAL TABLE fix_blocks_rtree USING rtree(id, min_t, max_t, min_lat, max_lat, min_lon, max_lon);
)sql";

} // namespace Nigran::Models::Schema
