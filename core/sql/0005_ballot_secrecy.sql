-- Ballot secrecy (docs/security.md, DESIGN "No login role, the system admin included, has a table
-- privilege on ballots"). 0002 granted the system admin SELECT on ballots: a ballot and its voting record
-- are written in one transaction, so whoever reads both tables can join them on xmin or their physical
-- order. Ballots are read only through a function, after the election has ended.
SET search_path = elect, pg_catalog;

REVOKE ALL ON ballots FROM elect_sysadmin;
