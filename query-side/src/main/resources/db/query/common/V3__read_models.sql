-- Read models of the query side. Each is rebuilt from the event store by a replay.

create table cycle_view (
    cycle_id        varchar(64)      not null,
    organization_id varchar(100)     not null,
    review_year     integer          not null,
    definition      varchar(1000000) not null,
    constraint pk_cycle_view primary key (cycle_id)
);

create table review_summary (
    review_id       varchar(64)   not null,
    cycle_id        varchar(64)   not null,
    unit_id         varchar(100)  not null,
    quota_group_id  varchar(100),
    subject_id      varchar(100)  not null,
    subject_name    varchar(300)  not null,
    subject_kind    varchar(32)   not null,
    stage           varchar(32)   not null,
    self_rating     varchar(16),
    self_score      integer,
    vote_outcome    varchar(16),
    proposed_rating varchar(16),
    decided_rating  varchar(16),
    decision_no     varchar(100),
    due_dates       varchar(2000) not null,
    next_due_date   date,
    version         bigint        not null,
    updated_at      timestamp(6) with time zone not null,
    constraint pk_review_summary primary key (review_id)
);
create index ix_review_summary_cycle_unit on review_summary (cycle_id, unit_id);
create index ix_review_summary_cycle_stage on review_summary (cycle_id, stage);
create index ix_review_summary_next_due on review_summary (cycle_id, next_due_date);

create table review_event_log (
    review_id   varchar(64)     not null,
    sequence    bigint          not null,
    event_type  varchar(100)    not null,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(200),
    actor_role  varchar(100),
    actor_unit  varchar(1000),
    request_id  varchar(100),
    reason      varchar(20000),
    payload     varchar(100000) not null,
    constraint pk_review_event_log primary key (review_id, sequence)
);
