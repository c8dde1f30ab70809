-- Failed sign-ins counted per account and per address (Bucket4j token buckets, serialised by the
-- library), shared by every node; rows expire once their bucket is full again.
create table sign_in_throttle (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);

create index sign_in_throttle_expires_at on sign_in_throttle (expires_at);
