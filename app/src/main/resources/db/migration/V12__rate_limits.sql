-- Rate limits per client (vn.vidan.web.RateLimits): one Bucket4j bucket per limit and client, under an HMAC of the
-- client's address, shared by every app node. expires_at (epoch milliseconds): when the bucket is full again and the
-- row may go.
CREATE TABLE rate_limit_bucket (
  bucket_key VARCHAR(64)    NOT NULL PRIMARY KEY,
  state      VARBINARY(2048),
  expires_at BIGINT         NOT NULL
);
CREATE INDEX ix_rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
