-- Crash recovery of Idempotency-Key claims. A request claims its key before the command runs and
-- stores its answer after; a process killed in between used to leave the key "in progress" for
-- good. Now:
--   applied        set in the same transaction as the command's events, so after a crash a retry
--                  knows whether the command ran (answer "applied earlier") or not (run it again);
--   applied_result the command handler's result as JSON (e.g. the new version), for that answer;
--   claim_token    which claim holds the key: a retry may take over a claim older than
--                  reviewledger.command.idempotency-claim-timeout by changing the token, and a
--                  command whose token no longer matches is rolled back, so never both run.
alter table idempotency_record add column applied boolean default false not null;
alter table idempotency_record add column applied_result varchar(1000);
alter table idempotency_record add column claim_token varchar(36) default '' not null;
