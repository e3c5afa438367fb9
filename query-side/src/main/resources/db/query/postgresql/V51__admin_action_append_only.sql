-- PostgreSQL: admin_action (V50) refuses an update or a delete even from outside the application;
-- H2 relies on the application, which only inserts (query.ops.admin.AdminActionLog).
create function admin_action_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'admin_action is append-only';
end
$$;

create trigger admin_action_no_change before update or delete on admin_action
    for each row execute function admin_action_append_only();
