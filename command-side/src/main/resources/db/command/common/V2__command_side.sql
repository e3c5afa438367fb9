-- Stored answers to POST requests sent with an Idempotency-Key, per user. A retry aid, not a
-- record: rows expire; the events are the record.
create table idempotency_record (
    principal    varchar(200)  not null,
    idem_key     varchar(200)  not null,
    fingerprint  varchar(64)   not null,
    status       integer,
    content_type varchar(200),
    -- bytea on both databases (H2 reads it as binary varying); read and written with JDBC only, so
    -- no Hibernate mapping asks for blob.
    body         bytea,
    etag         varchar(100),
    location     varchar(500),
    created_at   timestamp(6) with time zone not null,
    constraint pk_idempotency_record primary key (principal, idem_key)
);
create index ix_idempotency_record_created on idempotency_record (created_at);
