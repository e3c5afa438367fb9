-- Regulation 366-QĐ/TW (review years 2025 on): the read models keep the facts users now see.
-- review_summary: the proposed and decided scores (100-point framework), the form-2C flag, and how
-- many re-ratings (Quy định 124-QĐ/TW Art. 12 §4.5) are asked of the review and not yet answered.
-- review_task: the same count, so an open re-rating is a task even when no stage step is owed.
-- Existing rows get the values of events stored before these facts existed (no score, not outside,
-- no request); a replay rebuilds them from the events anyway.
alter table review_summary add column proposed_score integer;
alter table review_summary add column decided_score integer;
alter table review_summary add column outside_political_system boolean default false not null;
alter table review_summary add column rerating_requested integer default 0 not null;
alter table review_task add column rerating_requested integer default 0 not null;
