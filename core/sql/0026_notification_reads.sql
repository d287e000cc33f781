-- Notifications are read per person (issue 11): until now a notification for everyone of an organization
-- had one read_at, so the first person to open it marked it read for the owner and every admin. Each
-- person's reads are now rows of their own; notifications.read_at is no longer written by staff.
SET search_path = elect, pg_catalog;

CREATE TABLE notification_reads (
    notification_id bigint NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    user_id bigint NOT NULL DEFAULT current_user_id() REFERENCES users (id) ON DELETE CASCADE,
    -- Whose row it is, as in every table of an organization's data (RLS, and the security tests' checks).
    organization_id bigint NOT NULL DEFAULT current_organization_id()
        REFERENCES organizations (user_id) ON DELETE CASCADE,
    read_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, notification_id)
);
CREATE INDEX ON notification_reads (notification_id);

-- What was read before stays read for those who could see it: the recipient of a personal notification,
-- everyone of the organization (owner and admins) for a shared one.
INSERT INTO notification_reads (notification_id, user_id, organization_id, read_at)
SELECT n.id, p.user_id, n.organization_id, n.read_at
  FROM notifications n
  JOIN LATERAL (SELECT n.organization_id AS user_id
                UNION SELECT a.user_id FROM organization_admins a WHERE a.organization_id = n.organization_id) p
    ON n.recipient_id IS NULL OR p.user_id = n.recipient_id
 WHERE n.read_at IS NOT NULL;

-- A person sees and writes only their own reads, and only of a notification they may see (the subquery
-- runs under the caller's own row-level security on notifications). Only the notification's id is
-- written; the person and the organization are always the caller's.
ALTER TABLE notification_reads ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_reads ON notification_reads TO elect_staff, elect_sysadmin
    USING (user_id = (SELECT current_user_id()))
    WITH CHECK (user_id = (SELECT current_user_id())
                AND organization_id = (SELECT current_organization_id())
                AND EXISTS (SELECT FROM notifications n WHERE n.id = notification_id
                                                          AND n.organization_id = notification_reads.organization_id));
REVOKE ALL ON notification_reads FROM PUBLIC;
GRANT SELECT, INSERT (notification_id) ON notification_reads TO elect_staff;
GRANT SELECT ON notification_reads TO elect_sysadmin;
REVOKE UPDATE (read_at) ON notifications FROM elect_staff;
