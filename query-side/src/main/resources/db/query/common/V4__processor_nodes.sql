-- The query nodes that run the projections, each with the last time it said it is alive. Several
-- nodes on one database share a processor's segments through token_entry; this table lets each
-- node see how many others are alive, so it can hand segments over to a node that has too few
-- (vn.reviewledger.query.cluster.SegmentBalancer). A row is a heartbeat, not a record.
create table processor_node (
    node_id   varchar(255) not null,
    last_seen timestamp(6) with time zone not null,
    constraint pk_processor_node primary key (node_id)
);
