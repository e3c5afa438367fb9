-- db-scheduler reads this index only when it orders by priority (db-scheduler.priority-enabled),
-- which Review Ledger leaves off: every deadline is written and fired alike. Yet each deadline a
-- step moves (one row out, one in) updated it, in the command's own commit. A deployment that turns
-- priorities on creates it again:
--   create index ix_scheduled_tasks_priority_time on scheduled_tasks (priority desc, execution_time asc);
drop index if exists ix_scheduled_tasks_priority_time;
