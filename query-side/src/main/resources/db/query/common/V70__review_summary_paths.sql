-- The review list seeks instead of scanning a cycle (PERFORMANCE.md §3.1, step 6a).
-- unit_path: the review's unit with its ancestors, root first, as "/root/d3/c12/" (each id with '%'
-- and '/' percent-encoded, so '/' only ever separates). A unit's subtree is then one key range,
-- unit_path >= '/root/d3/' and unit_path < '/root/d30' ('0' follows '/'), which an index can seek
-- even with bind parameters; H2 never seeks an IN list on the second column of an index.
-- due_sort: next_due_date with "none" as 9999-12-31, so that the list's order (most urgent first,
-- undated last) is a plain column order an index can deliver.
-- Existing rows are filled here from cycle_unit (the same parent chain UnitTree and the cycle
-- aggregate walk), to a depth of 16; a unit the tree does not know gets "/<unit>/". A replay of
-- the review-summary processor rebuilds both columns from the events.
-- Indexes that a longer one below (or of V10) starts with: fewer to write per event and to rewrite
-- in the fill. (cycle_id, stage) is a prefix of ix_review_summary_stage_path, (cycle_id, unit_id) of
-- ix_review_summary_cycle_unit_due (V10), (cycle_id, next_due_date) of the new next-due index.
drop index ix_review_summary_cycle_stage;
drop index ix_review_summary_cycle_unit;
drop index ix_review_summary_next_due;
alter table review_summary add column unit_path varchar(2000);
alter table review_summary add column due_sort date default date '9999-12-31' not null;

create table unit_path_fill (
    cycle_id  varchar(64)   not null,
    unit_id   varchar(100)  not null,
    unit_path varchar(2000) not null,
    constraint pk_unit_path_fill primary key (cycle_id, unit_id)
);
-- Roots: no parent, or a parent the cycle does not have.
insert into unit_path_fill (cycle_id, unit_id, unit_path)
select c.cycle_id, c.unit_id, '/' || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/'
  from cycle_unit c
 where c.parent_id is null
    or not exists (select 1 from cycle_unit p where p.cycle_id = c.cycle_id and p.unit_id = c.parent_id);
-- One level further down per statement.
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
insert into unit_path_fill (cycle_id, unit_id, unit_path) select c.cycle_id, c.unit_id, b.unit_path || replace(replace(c.unit_id, '%', '%25'), '/', '%2F') || '/' from cycle_unit c join unit_path_fill b on b.cycle_id = c.cycle_id and b.unit_id = c.parent_id where not exists (select 1 from unit_path_fill x where x.cycle_id = c.cycle_id and x.unit_id = c.unit_id);
-- One pass over the rows for both columns (each pass rewrites every row and its index entries).
update review_summary r
   set due_sort = coalesce(r.next_due_date, date '9999-12-31'),
       unit_path = coalesce((select b.unit_path from unit_path_fill b
                              where b.cycle_id = r.cycle_id and b.unit_id = r.unit_id),
                            '/' || replace(replace(r.unit_id, '%', '%25'), '/', '%2F') || '/');
drop table unit_path_fill;
alter table review_summary alter column unit_path set not null;

-- Subtree filters, with and without a stage: a seek on the path range.
create index ix_review_summary_stage_path on review_summary (cycle_id, stage, unit_path);
create index ix_review_summary_path on review_summary (cycle_id, unit_path);
-- The default order, with and without a stage: the first page of a whole cycle (or of one stage)
-- is read in order from the index, no sort.
create index ix_review_summary_stage_order on review_summary (cycle_id, stage, due_sort, subject_name, review_id);
create index ix_review_summary_order on review_summary (cycle_id, due_sort, subject_name, review_id);
-- Deadline filters (overdue, due soon, on track, done) test next_due_date and stage: with the stage in
-- the index, their counts need no row lookups.
create index ix_review_summary_next_due on review_summary (cycle_id, next_due_date, stage);
