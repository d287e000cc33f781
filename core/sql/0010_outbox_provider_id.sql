-- What the provider calls a sent message (a Twilio SID, an email's Message-ID, a Checkout Session id),
-- so that IT staff can find it in the provider's console and ask for its delivery status.
SET search_path = elect, pg_catalog;

ALTER TABLE outbox ADD COLUMN provider_id text CHECK (length(provider_id) <= 300);
GRANT UPDATE (provider_id) ON outbox TO elect_service;
