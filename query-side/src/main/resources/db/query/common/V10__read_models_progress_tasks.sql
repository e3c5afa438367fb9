-- Read models of the read side (issue: dashboards, task lists, exports, web UI). Each table is
-- rebuilt by a replay of its processor; none is a record of anything.

-- The organization tree of each cycle (processor "cycles"). Scopes of dashboards and task lists
-- are subtrees of it; a user's units are looked up across cycles by unit id.
create table cycle_unit (
    cycle_id   varchar(64)  not null,
    unit_id    varchar(100) not null,
    parent_id  varchar(100),
    name       varchar(300) not null,
    unit_level integer      not null,
    position   integer      not null,
    constraint pk_cycle_unit primary key (cycle_id, unit_id)
);
create index ix_cycle_unit_unit on cycle_unit (unit_id);

-- Progress per unit (processor "progress"): counters per unit, quota group, stage and decided
-- rating, so a dashboard reads a few hundred rows however many reviews the cycle has.
create table unit_progress (
    cycle_id       varchar(64)  not null,
    unit_id        varchar(100) not null,
    quota_group_id varchar(100) not null,
    stage          varchar(32)  not null,
    rating         varchar(16)  not null,
    reviews        bigint       not null,
    constraint pk_unit_progress primary key (cycle_id, unit_id, quota_group_id, stage, rating)
);

-- What the counters last counted for each review, and the due date of its next step: overdue and
-- due-soon are counted at query time as ranges of next_due_date, grouped by unit (covering index).
create table progress_review (
    review_id      varchar(64)   not null,
    cycle_id       varchar(64)   not null,
    unit_id        varchar(100)  not null,
    quota_group_id varchar(100)  not null,
    stage          varchar(32)   not null,
    rating         varchar(16),
    due_dates      varchar(2000) not null,
    next_due_date  date,
    version        bigint        not null,
    constraint pk_progress_review primary key (review_id)
);
create index ix_progress_review_due on progress_review (cycle_id, next_due_date, unit_id);

-- Quota groups with their resolved Excellent share (the group's own, else the rule set's).
create table quota_group_view (
    cycle_id        varchar(64)   not null,
    group_id        varchar(100)  not null,
    name            varchar(300)  not null,
    excellent_share numeric(6, 4) not null,
    position        integer       not null,
    constraint pk_quota_group_view primary key (cycle_id, group_id)
);

-- The task list (processor "tasks"): each review's next step and its due date.
create table review_task (
    review_id    varchar(64)   not null,
    cycle_id     varchar(64)   not null,
    unit_id      varchar(100)  not null,
    subject_id   varchar(100)  not null,
    subject_name varchar(300)  not null,
    subject_kind varchar(32)   not null,
    stage        varchar(32)   not null,
    next_stage   varchar(32),
    due_date     date,
    due_dates    varchar(2000) not null,
    version      bigint        not null,
    constraint pk_review_task primary key (review_id)
);
create index ix_review_task_scope on review_task (cycle_id, unit_id, due_date);
create index ix_review_task_due on review_task (next_stage, due_date);

-- The review list at province scale: a unit's reviews in due-date order, and exports in id order.
create index ix_review_summary_cycle_unit_due on review_summary (cycle_id, unit_id, next_due_date);
create index ix_review_summary_cycle_review on review_summary (cycle_id, review_id);
