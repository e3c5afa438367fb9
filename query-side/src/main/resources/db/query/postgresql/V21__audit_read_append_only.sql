-- PostgreSQL: audit_read (V20) refuses any update or delete, whoever sends it; H2 relies on the
-- application, which only inserts and selects (query.ops.audit.ReadLog).
create function audit_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_read is append-only';
end;
$$;
create trigger audit_read_no_change before update or delete on audit_read
    for each row execute function audit_read_append_only();
