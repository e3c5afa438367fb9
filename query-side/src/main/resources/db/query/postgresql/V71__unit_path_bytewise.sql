-- PostgreSQL: unit_path (V70) compares byte by byte (collate "C"), whatever the database's collation;
-- a linguistic collation would ignore the '/' and break the prefix range the review list seeks.
-- H2 compares strings by code point already. The indexes on the column are rebuilt with it.
alter table review_summary alter column unit_path type varchar(2000) collate "C";
