-- Version order: one broker-wide sequence, so "latest" is creation order (nextval('version_order_seq')
-- works on H2 in PostgreSQL mode and on PostgreSQL). Gaps are fine; only the order matters.
CREATE SEQUENCE version_order_seq START WITH 1 INCREMENT BY 1;
