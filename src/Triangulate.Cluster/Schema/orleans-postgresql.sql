-- Orleans ADO.NET clustering and grain storage on PostgreSQL, written for Triangulate (Orleans 10.4.x providers).
-- The Orleans NuGet packages do not ship their SQL scripts; this file implements the documented contract instead:
-- the providers read their statements from OrleansQuery (QueryKey → QueryText) and bind parameters and result
-- columns by name (@DeploymentId, @Address, @Port, @Generation, … / NewGrainStateVersion, Version, PayloadBinary …).
-- Idempotent: every object is created if missing and every query text is (re)written, so running it again on a
-- database that already has it changes nothing. Triangulate applies it under an advisory lock at silo start-up.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);

-- Membership: one version row per cluster (deployment), one row per silo incarnation.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL PRIMARY KEY,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Bumps the table version only when the caller saw the current one (optimistic concurrency of the membership protocol);
-- returns true when it did.
CREATE OR REPLACE FUNCTION triangulate_orleans_bump_version(p_deployment varchar, p_seen integer)
RETURNS boolean LANGUAGE sql AS $$
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = p_deployment AND Version = p_seen AND p_seen IS NOT NULL AND Version < 2147483647
        RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM bumped);
$$;

-- Adds a silo row when the version matches; the version bump and the insert commit or fail together.
CREATE OR REPLACE FUNCTION triangulate_orleans_insert_silo(
    p_deployment varchar, p_address varchar, p_port integer, p_generation integer, p_silo_name varchar, p_host_name varchar,
    p_status integer, p_proxy_port integer, p_start_time timestamptz, p_alive timestamptz, p_seen integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    inserted integer;
BEGIN
    IF NOT triangulate_orleans_bump_version(p_deployment, p_seen) THEN
        RETURN 0;
    END IF;
    INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES (p_deployment, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port, p_start_time, p_alive)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    IF inserted = 0 THEN
        RAISE EXCEPTION 'silo row exists' USING ERRCODE = 'T0001';
    END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'T0001' THEN
    RETURN 0; -- the block's changes (the version bump) are rolled back
END;
$$;

-- Updates a silo row (status, suspicions, heartbeat) when the version matches.
CREATE OR REPLACE FUNCTION triangulate_orleans_update_silo(
    p_deployment varchar, p_address varchar, p_port integer, p_generation integer, p_status integer, p_suspect_times varchar,
    p_alive timestamptz, p_seen integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    updated integer;
BEGIN
    IF NOT triangulate_orleans_bump_version(p_deployment, p_seen) THEN
        RETURN 0;
    END IF;
    UPDATE OrleansMembershipTable m
    SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = GREATEST(m.IAmAliveTime, p_alive)
    WHERE m.DeploymentId = p_deployment AND m.Address = p_address AND m.Port = p_port AND m.Generation = p_generation;
    GET DIAGNOSTICS updated = ROW_COUNT;
    IF updated = 0 THEN
        RAISE EXCEPTION 'no silo row' USING ERRCODE = 'T0001';
    END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'T0001' THEN
    RETURN 0;
END;
$$;

-- Grain state: one row per (service, grain type, grain id); Version is the ETag.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now(),
    Version                integer      NULL
);
CREATE INDEX IF NOT EXISTS OrleansStorage_Hashes ON OrleansStorage (GrainIdHash, GrainTypeHash);
-- A grain has at most one row (COALESCE: a missing key extension is one value, not many NULLs).
CREATE UNIQUE INDEX IF NOT EXISTS OrleansStorage_Grain ON OrleansStorage
    (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, COALESCE(GrainIdExtensionString, ''));

-- Writes a grain's state. With a known version: updates only that version and returns version + 1. Without one (never read
-- or never written): inserts version 1 unless a row exists. Returns the caller's version unchanged when nothing was written,
-- which the provider reports as an inconsistent state (another activation wrote first).
CREATE OR REPLACE FUNCTION triangulate_orleans_write_state(
    p_id_hash integer, p_n0 bigint, p_n1 bigint, p_type_hash integer, p_type_string varchar, p_extension varchar, p_service varchar,
    p_seen integer, p_payload bytea)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    IF p_seen IS NOT NULL THEN
        UPDATE OrleansStorage s
        SET PayloadBinary = p_payload, ModifiedOn = now(), Version = s.Version + 1
        WHERE s.GrainIdHash = p_id_hash AND s.GrainTypeHash = p_type_hash AND s.GrainIdN0 = p_n0 AND s.GrainIdN1 = p_n1
          AND s.GrainTypeString = p_type_string AND s.ServiceId = p_service
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_extension
          AND s.Version = p_seen;
        GET DIAGNOSTICS written = ROW_COUNT;
        RETURN CASE WHEN written > 0 THEN p_seen + 1 ELSE p_seen END;
    END IF;
    INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, Version)
    VALUES (p_id_hash, p_n0, p_n1, p_type_hash, p_type_string, p_extension, p_service, p_payload, 1)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN CASE WHEN written > 0 THEN 1 ELSE NULL END;
END;
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
    WITH added AS (INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId) ON CONFLICT DO NOTHING RETURNING 1)
    SELECT (SELECT count(*) FROM added)::integer AS row_count;
$q$),
('InsertMembershipKey', $q$
    SELECT triangulate_orleans_insert_silo(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
        @StartTime, @IAmAliveTime, @Version) AS row_count;
$q$),
('UpdateMembershipKey', $q$
    SELECT triangulate_orleans_update_silo(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version) AS row_count;
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes,
           m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes,
           m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = '' AND Status = 6;
$q$),
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6 AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$),
('WriteToStorageKey', $q$
    SELECT triangulate_orleans_write_state(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
        @ServiceId, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion;
$q$),
('ReadFromStorageKey', $q$
    SELECT PayloadBinary, now() AS ReadOn, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString AND ServiceId = @ServiceId
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),
('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString AND ServiceId = @ServiceId
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
