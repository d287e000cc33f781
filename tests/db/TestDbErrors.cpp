#include "DbErrorsFixture.h"

// What a person is told when the database refuses: every key that Db::translate maps is raised here by the
// database itself, and so are the SQLSTATE classes it maps (keys this version does not know: TestDbUnknownKeys).
class TestDbErrors : public QObject, protected DbErrorsFixture
{
    Q_OBJECT

    struct Case
    {
        const char* tag;
        const char* login; ///< superuser, probe, service, sysadmin, owner, admin
        QString sql;
        QString expected; ///< our key (the server's message), or "SQLSTATE xxxxx" for a mapped class
        ErrorCode code;
        QString fragment; ///< part of the English message a person reads
    };

    static QList<Case> cases()
    {
        const QString verifier = scramVerifier(QStringLiteral("a-password-long-enough"));
        const auto registration = [&](const QString& email, const QString& first, const QString& secret,
                                      const QString& organization, const QString& country) {
            return QStringLiteral("SELECT elect.register_organization('%1', '%2', 'Last', '%3', '%4', '%5')")
                .arg(email, first, secret, organization, country);
        };
        const QString fresh = QStringLiteral("fresh@new-club.example");
        const QString notAllowed = QStringLiteral("Your account may not do this.");
        return {
            {"service_only (registration)", "probe", QStringLiteral("SELECT elect.verify_email('x')"),
             QStringLiteral("service_only"), ErrorCode::NotAllowed, QStringLiteral("Only elect serve")},
            {"rate_limit_invalid", "service",
             QStringLiteral("SELECT elect.service_rate_take('x', 0, interval '1 hour')"),
             QStringLiteral("rate_limit_invalid"), ErrorCode::Internal, QStringLiteral("request limit")},
            {"sysadmin_only", "probe", QStringLiteral("SELECT elect.accept_organization(1)"),
             QStringLiteral("sysadmin_only"), ErrorCode::NotAllowed,
             QStringLiteral("Only a system administrator may do this.")},
            {"owner_only", "admin", QStringLiteral("SELECT * FROM elect.create_kiosk('k', 'p', '%1')").arg(verifier),
             QStringLiteral("owner_only"), ErrorCode::NotAllowed,
             QStringLiteral("Only the organization's owner may do this")},
            {"kiosk_only", "probe", QStringLiteral("SELECT * FROM elect.kiosk_running_elections()"),
             QStringLiteral("kiosk_only"), ErrorCode::NotAllowed, QStringLiteral("Only a kiosk may do this.")},
            {"audit_log_append_only", "superuser", QStringLiteral("DELETE FROM elect.audit_log"),
             QStringLiteral("audit_log_append_only"), ErrorCode::NotAllowed,
             QStringLiteral("The audit log cannot be changed or deleted.")},
            {"password_not_a_verifier", "service",
             registration(fresh, QStringLiteral("P"), QStringLiteral("plaintext-password"), QStringLiteral("New Club"),
                          QStringLiteral("EG")),
             QStringLiteral("password_not_a_verifier"), ErrorCode::Internal,
             QStringLiteral("The password was not sent in protected form")},
            {"email_invalid", "service",
             registration(QStringLiteral("not-an-email"), QStringLiteral("P"), verifier, QStringLiteral("New Club"),
                          QStringLiteral("EG")),
             QStringLiteral("email_invalid"), ErrorCode::InvalidInput,
             QStringLiteral("The email address is not valid")},
            {"name_missing", "service",
             registration(fresh, QString(), verifier, QStringLiteral("New Club"), QStringLiteral("EG")),
             QStringLiteral("name_missing"), ErrorCode::InvalidInput, QStringLiteral("A name is missing.")},
            {"organization_name_invalid", "service",
             registration(fresh, QStringLiteral("P"), verifier, QStringLiteral("X"), QStringLiteral("EG")),
             QStringLiteral("organization_name_invalid"), ErrorCode::InvalidInput,
             QStringLiteral("needs at least 2 characters")},
            {"country_invalid", "service",
             registration(fresh, QStringLiteral("P"), verifier, QStringLiteral("New Club"), QStringLiteral("EGY")),
             QStringLiteral("country_invalid"), ErrorCode::InvalidInput,
             QStringLiteral("The country must be a two-letter code")},
            {"national_id_invalid", "owner", QStringLiteral("SELECT elect.normalize_national_id('12a4')"),
             QStringLiteral("national_id_invalid"), ErrorCode::InvalidInput,
             QStringLiteral("The national id may contain only digits")},
            // Registration is silent about taken emails (0013); an owner adding an administrator is told.
            {"email_taken", "owner",
             QStringLiteral("SELECT elect.create_organization_admin('owner@nile-rowing.example', 'P', 'Q', '%1')")
                 .arg(verifier),
             QStringLiteral("email_taken"), ErrorCode::AlreadyExists,
             QStringLiteral("An account with this email address already exists.")},
            {"organization_name_taken", "service",
             registration(fresh, QStringLiteral("P"), verifier, QStringLiteral("nile rowing club"),
                          QStringLiteral("EG")),
             QStringLiteral("organization_name_taken"), ErrorCode::AlreadyExists,
             QStringLiteral("An organization with this name is already registered.")},
            {"kiosk_name_taken", "owner",
             QStringLiteral("SELECT * FROM elect.create_kiosk('Boathouse kiosk 1', 'p', '%1')").arg(verifier),
             QStringLiteral("kiosk_name_taken"), ErrorCode::AlreadyExists,
             QStringLiteral("already has a kiosk with this name")},
            {"password_verifier_weak", "owner",
             QStringLiteral("SELECT * FROM elect.create_kiosk('Weak kiosk', 'p', '%1')")
                 .arg(QString(verifier).replace(QStringLiteral("SCRAM-SHA-256$4096:"),
                                                QStringLiteral("SCRAM-SHA-256$1:"))),
             QStringLiteral("password_verifier_weak"), ErrorCode::Internal,
             QStringLiteral("The password was protected too weakly")},
            {"kiosk_not_found", "owner", QStringLiteral("SELECT elect.set_kiosk_enabled(999999, false)"),
             QStringLiteral("kiosk_not_found"), ErrorCode::NotFound, QStringLiteral("This kiosk does not exist")},
            {"token_invalid", "service", QStringLiteral("SELECT elect.verify_email('no-such-token')"),
             QStringLiteral("token_invalid"), ErrorCode::NotFound,
             QStringLiteral("This code is not valid, was already used, or has expired.")},
            {"account_not_found", "sysadmin",
             QStringLiteral("SELECT elect.admin_verify_email('nobody@nowhere.example')"),
             QStringLiteral("account_not_found"), ErrorCode::NotFound,
             QStringLiteral("There is no account with this email.")},
            {"organization_not_found", "sysadmin", QStringLiteral("SELECT elect.accept_organization(999999)"),
             QStringLiteral("organization_not_found"), ErrorCode::NotFound,
             QStringLiteral("This organization does not exist")},
            {"admin_not_found", "owner", QStringLiteral("SELECT elect.set_organization_admin_active(999999, false)"),
             QStringLiteral("admin_not_found"), ErrorCode::NotFound,
             QStringLiteral("This administrator does not exist")},
            {"rejection_reason_required", "sysadmin",
             QStringLiteral("SELECT elect.reject_organization((SELECT user_id FROM elect.organizations"
                            " WHERE name = 'Nile Rowing Club'), '   ')"),
             QStringLiteral("rejection_reason_required"), ErrorCode::InvalidInput,
             QStringLiteral("Write why the organization is turned down")},
            {"organization_not_pending", "sysadmin",
             QStringLiteral("SELECT elect.accept_organization((SELECT user_id FROM elect.organizations"
                            " WHERE name = 'Nile Rowing Club'))"),
             QStringLiteral("organization_not_pending"), ErrorCode::WrongState,
             QStringLiteral("This organization was already accepted or rejected.")},
            {"election_not_draft", "owner",
             QStringLiteral("DELETE FROM elect.voters WHERE election_id = (SELECT id FROM elect.elections"
                            " WHERE title = 'Club captain 2026')"),
             QStringLiteral("election_not_draft"), ErrorCode::WrongState,
             QStringLiteral("This election is published; its candidates and voters can no longer change.")},
            // Money (0006_wallet.sql); a tier of 0..100 voters at 150.00 EGP is set in initTestCase.
            {"service_only (wallet)", "superuser", QStringLiteral("SELECT * FROM elect.service_top_up(1)"),
             QStringLiteral("service_only"), ErrorCode::NotAllowed, QStringLiteral("Only elect serve")},
            {"top_up_amount_invalid", "owner", QStringLiteral("SELECT elect.request_top_up(1)"),
             QStringLiteral("top_up_amount_invalid"), ErrorCode::InvalidInput, QStringLiteral("between 25.00")},
            {"too_many_open_top_ups", "owner",
             QStringLiteral("SELECT elect.request_top_up(5000); SELECT elect.request_top_up(5000);"
                            " SELECT elect.request_top_up(5000); SELECT elect.request_top_up(5000);"
                            " SELECT elect.request_top_up(5000); SELECT elect.request_top_up(5000)"),
             QStringLiteral("too_many_open_top_ups"), ErrorCode::WrongState, QStringLiteral("five unpaid top-ups")},
            {"pricing_tier_invalid", "sysadmin", QStringLiteral("SELECT elect.set_pricing_tier(10, 5, 1, 'EGP')"),
             QStringLiteral("pricing_tier_invalid"), ErrorCode::InvalidInput, QStringLiteral("A pricing tier needs")},
            {"pricing_tier_overlaps", "sysadmin", QStringLiteral("SELECT elect.set_pricing_tier(50, 60, 1, 'EGP')"),
             QStringLiteral("pricing_tier_overlaps"), ErrorCode::AlreadyExists,
             QStringLiteral("overlaps another tier")},
            {"pricing_tier_not_found", "sysadmin", QStringLiteral("SELECT elect.remove_pricing_tier(999999)"),
             QStringLiteral("pricing_tier_not_found"), ErrorCode::NotFound, QStringLiteral("no pricing tier")},
            {"election_not_found", "owner", QStringLiteral("SELECT * FROM elect.publish_election(999999)"),
             QStringLiteral("election_not_found"), ErrorCode::NotFound, QStringLiteral("This election does not exist")},
            {"election_start_passed", "owner",
             QStringLiteral("UPDATE elect.elections SET starts_at = now() - interval '1 hour'"
                            " WHERE title = 'Board of directors 2027';"
                            " SELECT * FROM elect.publish_election((SELECT id FROM elect.elections WHERE title = "
                            "'Board of directors 2027'))"),
             QStringLiteral("election_start_passed"), ErrorCode::InvalidInput, QStringLiteral("start time has passed")},
            {"election_has_no_candidates", "owner",
             QStringLiteral("DELETE FROM elect.candidate_participations WHERE election_id = (SELECT id FROM "
                            "elect.elections WHERE title = 'Board of directors 2027');"
                            " SELECT * FROM elect.publish_election((SELECT id FROM elect.elections WHERE title = "
                            "'Board of directors 2027'))"),
             QStringLiteral("election_has_no_candidates"), ErrorCode::InvalidInput, QStringLiteral("no candidates")},
            {"election_has_no_voters", "owner",
             QStringLiteral("DELETE FROM elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title "
                            "= 'Board of directors 2027');"
                            " SELECT * FROM elect.publish_election((SELECT id FROM elect.elections WHERE title = "
                            "'Board of directors 2027'))"),
             QStringLiteral("election_has_no_voters"), ErrorCode::InvalidInput, QStringLiteral("no voters")},
            {"no_pricing_tier", "owner",
             QStringLiteral("UPDATE elect.elections SET potential_voters = 5000"
                            " WHERE title = 'Board of directors 2027';"
                            " SELECT * FROM elect.publish_election((SELECT id FROM elect.elections WHERE title = "
                            "'Board of directors 2027'))"),
             QStringLiteral("no_pricing_tier"), ErrorCode::WrongState, QStringLiteral("No price is set")},
            {"insufficient_funds", "owner",
             QStringLiteral("SELECT * FROM elect.publish_election((SELECT id FROM elect.elections WHERE title = 'Board "
                            "of directors 2027'))"),
             QStringLiteral("insufficient_funds"), ErrorCode::WrongState,
             QStringLiteral("too low to publish this election: 150.00 EGP more is needed.")},
            {"election_not_cancellable", "owner",
             QStringLiteral("SELECT elect.cancel_election((SELECT id FROM elect.elections"
                            " WHERE title = 'Club captain 2026'))"),
             QStringLiteral("election_not_cancellable"), ErrorCode::WrongState,
             QStringLiteral("Only a draft, or a published election that has not started")},
            {"scheduler_only", "superuser", QStringLiteral("SELECT * FROM elect.due_elections()"),
             QStringLiteral("scheduler_only"), ErrorCode::NotAllowed,
             QStringLiteral("Only elect serve (the elect_service login) may close and count elections")},
            {"election_not_ended", "service",
             // The service reads no election table; an id it cannot know is sealed like a running election
             // (tests/service/TestElectionCloser.cpp asks for a running one).
             QStringLiteral("SELECT * FROM elect.ended_election_ballots(999999)"), QStringLiteral("election_not_ended"),
             ErrorCode::WrongState,
             QStringLiteral("This election has not ended, or was cancelled: its ballots stay sealed")},
            {"service_only", "probe", QStringLiteral("SELECT * FROM elect.service_email_recipient(1)"),
             QStringLiteral("service_only"), ErrorCode::NotAllowed,
             QStringLiteral("Only elect serve (the elect_service login) may do this.")},
            {"outbox_message_not_found", "sysadmin", QStringLiteral("SELECT elect.outbox_retry(999999)"),
             QStringLiteral("outbox_message_not_found"), ErrorCode::NotFound,
             QStringLiteral("There is no outgoing message with this id.")},
            {"outbox_message_sent", "sysadmin",
             QStringLiteral("SELECT elect.outbox_retry((SELECT id FROM elect.outbox WHERE status = 'sent' LIMIT 1))"),
             QStringLiteral("outbox_message_sent"), ErrorCode::WrongState,
             QStringLiteral("This message was already sent")},
            {"service_only (eligibility)", "probe",
             QStringLiteral("SELECT * FROM elect.service_eligibility_request(1)"), QStringLiteral("service_only"),
             ErrorCode::NotAllowed, QStringLiteral("Only elect serve (the elect_service login) may do this.")},
            {"eligibility_election_not_open", "kiosk",
             QStringLiteral("SELECT elect.request_eligibility((SELECT id FROM elect.kiosk_running_elections()"
                            " WHERE title = 'Club captain 2026'), '29901011234567')"),
             QStringLiteral("eligibility_election_not_open"), ErrorCode::WrongState,
             QStringLiteral("This election is not open for voting at this kiosk.")},
            {"eligibility_request_not_found", "kiosk", QStringLiteral("SELECT * FROM elect.eligibility_outcome(-1)"),
             QStringLiteral("eligibility_request_not_found"), ErrorCode::NotFound,
             QStringLiteral("This kiosk has no such eligibility question.")},
            {"eligibility_unavailable", "kiosk", QStringLiteral("SELECT * FROM elect.eligibility_outcome(900001)"),
             QStringLiteral("eligibility_unavailable"), ErrorCode::Unavailable,
             QStringLiteral("The organization's voter service cannot be reached; ask the poll worker.")},
            {"voter_search_too_many", "owner",
             QStringLiteral(
                 "SELECT elect.find_voter((SELECT id FROM elect.elections WHERE title = 'Club captain 2026'),"
                 " '2990101' || (1000000 + g)) FROM generate_series(1, 61) g"),
             QStringLiteral("voter_search_too_many"), ErrorCode::Unavailable,
             QStringLiteral("too many national ids in the last minute")},
            {"eligibility_too_many_requests", "kiosk",
             QStringLiteral("SELECT elect.request_eligibility(900001, '2990101' || (1000000 + g))"
                            " FROM generate_series(1, 21) g"),
             QStringLiteral("eligibility_too_many_requests"), ErrorCode::Unavailable,
             QStringLiteral("too many people in the last minute")},
            // The kiosk's voting functions. %KIOSK% is the kiosk's login: state is made as the superuser, then
            // the call is made as the kiosk (SET SESSION AUTHORIZATION), all rolled back.
            {"voting_election_closed", "kiosk",
             QStringLiteral("SELECT * FROM elect.kiosk_identify(999999, '29901011000000')"),
             QStringLiteral("voting_election_closed"), ErrorCode::WrongState,
             QStringLiteral("This election is not open for voting now.")},
            {"kiosk_too_many_lookups", "kiosk",
             QStringLiteral("SELECT elect.kiosk_identify((SELECT id FROM elect.kiosk_running_elections() WHERE title = "
                            "'Club captain 2026'), '2880101' || (1000000 + g)) FROM generate_series(1, 21) g"),
             QStringLiteral("kiosk_too_many_lookups"), ErrorCode::Unavailable,
             QStringLiteral("too many national ids in the last minute")},
            {"voter_has_no_phone", "superuser",
             QStringLiteral(
                 "SET session_replication_role = replica; UPDATE elect.voters SET phone = NULL WHERE national_id_hmac "
                 "= "
                 "elect.national_id_hmac(elect_private.organization_key(organization_id), '29901011000000'); RESET "
                 "session_replication_role; SELECT set_config('elect_test.election', (SELECT id "
                 "FROM elect.elections WHERE title = 'Club captain 2026')::text, false), "
                 "set_config('elect_test.candidates', (SELECT array_agg(candidate_id ORDER BY candidate_id) FROM "
                 "elect.candidate_participations WHERE election_id = (SELECT id FROM elect.elections WHERE title = "
                 "'Club captain 2026'))::text, false); SET SESSION AUTHORIZATION %KIOSK%; SELECT "
                 "elect.kiosk_identify(current_setting('elect_test.election')::bigint, '29901011000000')"),
             QStringLiteral("voter_has_no_phone"), ErrorCode::WrongState, QStringLiteral("no phone number for you")},
            {"code_too_many_requests", "kiosk",
             QStringLiteral("SELECT elect.kiosk_identify((SELECT id FROM elect.kiosk_running_elections() WHERE title = "
                            "'Club captain 2026'), '29901011000000') FROM generate_series(1, 4)"),
             QStringLiteral("code_too_many_requests"), ErrorCode::Unavailable, QStringLiteral("Three codes were sent")},
            {"voting_start_again", "kiosk", QStringLiteral("SELECT elect.kiosk_request_code(public.gen_random_uuid())"),
             QStringLiteral("voting_start_again"), ErrorCode::NotFound,
             QStringLiteral("Start again with your national id.")},
            {"voting_session_expired", "kiosk", QStringLiteral("SELECT * FROM elect.kiosk_ballot('no-such-session')"),
             QStringLiteral("voting_session_expired"), ErrorCode::WrongState,
             QStringLiteral("Your voting session has ended.")},
            {"already_voted", "superuser",
             QStringLiteral(
                 "INSERT INTO elect.voting_records (election_id, voter_id, organization_id, idempotency_key) SELECT "
                 "election_id, id, organization_id, public.gen_random_uuid() FROM elect.voters WHERE id = (SELECT "
                 "min(id) FROM elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title = 'Club "
                 "captain 2026')); INSERT INTO elect.voting_sessions (token_hash, kiosk_id, election_id, "
                 "organization_id, voter_id, expires_at) SELECT public.digest('t1', 'sha256'), k.id, v.election_id, "
                 "v.organization_id, v.id, now() + interval '1 minute' FROM elect.voters v, elect.kiosks k WHERE v.id "
                 "= (SELECT min(id) FROM elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title "
                 "= 'Club captain 2026')) AND k.name = 'Boathouse kiosk 1'; SELECT set_config('elect_test.election', "
                 "(SELECT id FROM elect.elections WHERE title = 'Club captain 2026')::text, false), "
                 "set_config('elect_test.candidates', (SELECT array_agg(candidate_id ORDER BY candidate_id) FROM "
                 "elect.candidate_participations WHERE election_id = (SELECT id FROM elect.elections WHERE title = "
                 "'Club captain 2026'))::text, false); SET SESSION AUTHORIZATION %KIOSK%; SELECT "
                 "elect.kiosk_cast('t1', '{1}', public.gen_random_uuid(), 'ACDEFGHJKL')"),
             QStringLiteral("already_voted"), ErrorCode::AlreadyExists,
             QStringLiteral("You have already voted in this election")},
            {"ballot_too_few", "superuser",
             QStringLiteral(
                 "INSERT INTO elect.voting_sessions (token_hash, kiosk_id, election_id, organization_id, voter_id, "
                 "expires_at) SELECT public.digest('t1', 'sha256'), k.id, v.election_id, v.organization_id, v.id, "
                 "now() + interval '1 minute' FROM elect.voters v, elect.kiosks k WHERE v.id = (SELECT min(id) FROM "
                 "elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title = 'Club captain 2026')) "
                 "AND k.name = 'Boathouse kiosk 1'; SELECT set_config('elect_test.election', (SELECT id FROM "
                 "elect.elections WHERE title = 'Club captain 2026')::text, false), "
                 "set_config('elect_test.candidates', (SELECT array_agg(candidate_id ORDER BY candidate_id) FROM "
                 "elect.candidate_participations WHERE election_id = (SELECT id FROM elect.elections WHERE title = "
                 "'Club captain 2026'))::text, false); SET SESSION AUTHORIZATION %KIOSK%; SELECT "
                 "elect.kiosk_cast('t1', '{}', public.gen_random_uuid(), 'ACDEFGHJKL')"),
             QStringLiteral("ballot_too_few"), ErrorCode::InvalidInput,
             QStringLiteral("fewer choices than this election needs")},
            {"ballot_too_many", "superuser",
             QStringLiteral(
                 "INSERT INTO elect.voting_sessions (token_hash, kiosk_id, election_id, organization_id, voter_id, "
                 "expires_at) SELECT public.digest('t1', 'sha256'), k.id, v.election_id, v.organization_id, v.id, "
                 "now() + interval '1 minute' FROM elect.voters v, elect.kiosks k WHERE v.id = (SELECT min(id) FROM "
                 "elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title = 'Club captain 2026')) "
                 "AND k.name = 'Boathouse kiosk 1'; SELECT set_config('elect_test.election', (SELECT id FROM "
                 "elect.elections WHERE title = 'Club captain 2026')::text, false), "
                 "set_config('elect_test.candidates', (SELECT array_agg(candidate_id ORDER BY candidate_id) FROM "
                 "elect.candidate_participations WHERE election_id = (SELECT id FROM elect.elections WHERE title = "
                 "'Club captain 2026'))::text, false); SET SESSION AUTHORIZATION %KIOSK%; SELECT "
                 "elect.kiosk_cast('t1', current_setting('elect_test.candidates')::bigint[], public.gen_random_uuid(), "
                 "'ACDEFGHJKL')"),
             QStringLiteral("ballot_too_many"), ErrorCode::InvalidInput,
             QStringLiteral("more choices than this election allows")},
            {"ballot_repeated", "superuser",
             QStringLiteral(
                 "INSERT INTO elect.voting_sessions (token_hash, kiosk_id, election_id, organization_id, voter_id, "
                 "expires_at) SELECT public.digest('t1', 'sha256'), k.id, v.election_id, v.organization_id, v.id, "
                 "now() + interval '1 minute' FROM elect.voters v, elect.kiosks k WHERE v.id = (SELECT min(id) FROM "
                 "elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title = 'Club captain 2026')) "
                 "AND k.name = 'Boathouse kiosk 1'; SELECT set_config('elect_test.election', (SELECT id FROM "
                 "elect.elections WHERE title = 'Club captain 2026')::text, false), "
                 "set_config('elect_test.candidates', (SELECT array_agg(candidate_id ORDER BY candidate_id) FROM "
                 "elect.candidate_participations WHERE election_id = (SELECT id FROM elect.elections WHERE title = "
                 "'Club captain 2026'))::text, false); SET SESSION AUTHORIZATION %KIOSK%; SELECT "
                 "elect.kiosk_cast('t1', (current_setting('elect_test.candidates')::bigint[])[1:1] || "
                 "(current_setting('elect_test.candidates')::bigint[])[1:1], public.gen_random_uuid(), 'ACDEFGHJKL')"),
             QStringLiteral("ballot_repeated"), ErrorCode::InvalidInput, QStringLiteral("chosen twice on this ballot")},
            {"ballot_not_eligible", "superuser",
             QStringLiteral(
                 "INSERT INTO elect.voting_sessions (token_hash, kiosk_id, election_id, organization_id, voter_id, "
                 "expires_at) SELECT public.digest('t1', 'sha256'), k.id, v.election_id, v.organization_id, v.id, "
                 "now() + interval '1 minute' FROM elect.voters v, elect.kiosks k WHERE v.id = (SELECT min(id) FROM "
                 "elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title = 'Club captain 2026')) "
                 "AND k.name = 'Boathouse kiosk 1'; SELECT set_config('elect_test.election', (SELECT id FROM "
                 "elect.elections WHERE title = 'Club captain 2026')::text, false), "
                 "set_config('elect_test.candidates', (SELECT array_agg(candidate_id ORDER BY candidate_id) FROM "
                 "elect.candidate_participations WHERE election_id = (SELECT id FROM elect.elections WHERE title = "
                 "'Club captain 2026'))::text, false); SET SESSION AUTHORIZATION %KIOSK%; SELECT "
                 "elect.kiosk_cast('t1', '{999999}', public.gen_random_uuid(), 'ACDEFGHJKL')"),
             QStringLiteral("ballot_not_eligible"), ErrorCode::InvalidInput,
             QStringLiteral("a candidate you cannot vote for")},
            {"cast_request_invalid", "kiosk",
             QStringLiteral("SELECT elect.kiosk_cast('t1', '{1}', public.gen_random_uuid(), 'not a receipt')"),
             QStringLiteral("cast_request_invalid"), ErrorCode::InvalidInput,
             QStringLiteral("The kiosk sent an incomplete ballot.")},
            {"cast_key_reused", "superuser",
             QStringLiteral(
                 "INSERT INTO elect.voting_records (election_id, voter_id, organization_id, kiosk_id, idempotency_key) "
                 "SELECT election_id, id, organization_id, (SELECT id FROM elect.kiosks WHERE name = 'Boathouse kiosk "
                 "1'), 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' FROM elect.voters WHERE id = (SELECT min(id) FROM "
                 "elect.voters WHERE election_id = (SELECT id FROM elect.elections WHERE title = 'Club captain "
                 "2026')); SET SESSION AUTHORIZATION %KIOSK%; SELECT elect.kiosk_cast('t1', '{1}', "
                 "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'ACDEFGHJKL')"),
             QStringLiteral("cast_key_reused"), ErrorCode::Conflict, QStringLiteral("cannot match this ballot")},
            // Audit checkpoints (0012_audit_checkpoints.sql): the superuser is neither the service nor a system admin.
            {"audit_reader_only", "superuser", QStringLiteral("SELECT * FROM elect.audit_head()"),
             QStringLiteral("audit_reader_only"), ErrorCode::NotAllowed,
             QStringLiteral("Only a system administrator or elect serve")},
            // Kiosk events sealed into the chain (0017_audit_batches.sql): by the service only.
            {"audit_sealer_only", "superuser", QStringLiteral("SELECT elect.audit_seal(10)"),
             QStringLiteral("audit_sealer_only"), ErrorCode::NotAllowed, QStringLiteral("Only elect serve")},
            // The SQLSTATE classes mapped without a key of ours.
            {"42501 permission denied", "owner", QStringLiteral("SELECT * FROM elect.outbox"),
             QStringLiteral("SQLSTATE 42501"), ErrorCode::NotAllowed, notAllowed},
            {"23505 unique violation", "owner",
             QStringLiteral("INSERT INTO elect.candidates (national_id_hmac, name, country)"
                            " SELECT national_id_hmac, 'twin', 'EG' FROM elect.candidates LIMIT 1"),
             QStringLiteral("SQLSTATE 23505"), ErrorCode::AlreadyExists, QStringLiteral("This already exists.")},
            {"22P02 invalid text", "owner", QStringLiteral("SELECT 'x'::integer"), QStringLiteral("SQLSTATE 22P02"),
             ErrorCode::InvalidInput, QStringLiteral("A value is not acceptable")},
            {"23514 check violation", "superuser",
             QStringLiteral("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'c'; END $$"),
             QStringLiteral("SQLSTATE 23514"), ErrorCode::InvalidInput, QStringLiteral("A value is not acceptable")},
            {"40001 serialization failure", "superuser",
             QStringLiteral("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = 's';"
                            " END $$"),
             QStringLiteral("SQLSTATE 40001"), ErrorCode::Conflict, QStringLiteral("Someone else changed this")},
            {"40P01 deadlock", "superuser",
             QStringLiteral("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'deadlock_detected', MESSAGE = 'd'; END $$"),
             QStringLiteral("SQLSTATE 40P01"), ErrorCode::Conflict, QStringLiteral("Someone else changed this")},
            {"57P01 admin shutdown", "superuser",
             QStringLiteral("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'admin_shutdown', MESSAGE = 'a'; END $$"),
             QStringLiteral("SQLSTATE 57P01"), ErrorCode::Unavailable,
             QStringLiteral("The database server is not available.")},
            // Approval requests (0024); election 900002 and requests 900001 (decided), 900002 (outdated) are set
            // in initTestCase.
            {"organization_admin_only", "owner",
             QStringLiteral("SELECT elect.request_election_change(900002, '{\"title\": \"x\"}')"),
             QStringLiteral("organization_admin_only"), ErrorCode::NotAllowed,
             QStringLiteral("Only an organization admin asks")},
            {"election_not_scheduled", "admin",
             QStringLiteral("SELECT elect.request_election_change((SELECT id FROM elect.elections WHERE title ="
                            " 'Board of directors 2027'), '{\"title\": \"x\"}')"),
             QStringLiteral("election_not_scheduled"), ErrorCode::WrongState,
             QStringLiteral("Only a published election that has not started")},
            {"approval_change_invalid", "admin",
             QStringLiteral("SELECT elect.request_election_change(900002, '{\"seats\": 3}')"),
             QStringLiteral("approval_change_invalid"), ErrorCode::InvalidInput,
             QStringLiteral("The change cannot be asked for")},
            {"candidate_not_found", "admin",
             QStringLiteral("SELECT elect.request_candidate_change(999999, '{\"name\": \"x\"}')"),
             QStringLiteral("candidate_not_found"), ErrorCode::NotFound,
             QStringLiteral("This candidate does not exist")},
            {"approval_request_not_found", "owner",
             QStringLiteral("SELECT elect.decide_approval_request(999999, true, NULL)"),
             QStringLiteral("approval_request_not_found"), ErrorCode::NotFound,
             QStringLiteral("This approval request does not exist")},
            {"approval_request_decided", "owner",
             QStringLiteral("SELECT elect.decide_approval_request(900001, true, NULL)"),
             QStringLiteral("approval_request_decided"), ErrorCode::WrongState, QStringLiteral("already been decided")},
            {"approval_reason_missing", "owner",
             QStringLiteral("SELECT elect.decide_approval_request(900002, false, '  ')"),
             QStringLiteral("approval_reason_missing"), ErrorCode::InvalidInput, QStringLiteral("Say why")},
            {"approval_request_outdated", "owner",
             QStringLiteral("SELECT elect.decide_approval_request(900002, true, NULL)"),
             QStringLiteral("approval_request_outdated"), ErrorCode::WrongState,
             QStringLiteral("has changed since it was made")},
            {"42P01 undefined table", "owner", QStringLiteral("SELECT * FROM elect.no_such_table"),
             QStringLiteral("SQLSTATE 42P01"), ErrorCode::Unavailable, QStringLiteral("elect db migrate")},
            {"42883 undefined function", "owner", QStringLiteral("SELECT elect.no_such_function()"),
             QStringLiteral("SQLSTATE 42883"), ErrorCode::Unavailable, QStringLiteral("elect db migrate")},
        };
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void raisedAndTranslated_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        for (const Case& c : cases())
            QTest::newRow(c.tag) << QString::fromLatin1(c.login) << c.sql << c.expected << int(c.code) << c.fragment;
    }

    void raisedAndTranslated()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        // The database raises it: our key as the message, or the SQLSTATE of the class.
        sql.replace(QLatin1String("%KIOSK%"), account(QStringLiteral("Kiosk")).loginRole);
        QString why;
        auto raw = rawConnect(settingsOf(login), &why);
        QVERIFY2(raw, qPrintable(why));
        const Outcome o = attempt(*raw, sql);
        QVERIFY2(!o.ok(), qPrintable(sql));
        if (expected.startsWith(QLatin1String("SQLSTATE ")))
            QCOMPARE(o.sqlstate, expected.mid(9));
        else
            QCOMPARE(o.message, expected);
        // And the person reads what Db::translate says for it.
        auto db = Database::connect(settingsOf(login));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        const Status s = (*db)->executeScript(sql);
        QCOMPARE(s.code(), ErrorCode(code));
        QVERIFY2(s.message().contains(fragment), qPrintable(s.message()));
    }

    // Every key our SQL raises has a message, and every message has a case above that raises it.
    void everyKeyIsTranslatedAndTested()
    {
        QSet<QString> raisedBySql;
        static const QRegularExpression key(QStringLiteral("MESSAGE = '([a-z_]+)'"));
        for (const auto& m : Migrator::shipped()) {
            auto it = key.globalMatch(Migrator::sqlOf(m));
            while (it.hasNext())
                raisedBySql.insert(it.next().captured(1));
        }
        QVERIFY(raisedBySql.size() >= 15);
        const QStringList translatedList = Db::knownErrorKeys();
        const QSet<QString> translated(translatedList.cbegin(), translatedList.cend());
        QSet<QString> tested;
        for (const Case& c : cases())
            tested.insert(c.expected);
        for (const QString& k : raisedBySql)
            QVERIFY2(translated.contains(k), qPrintable(QStringLiteral("%1 has no message in Db::translate").arg(k)));
        // Keys that only functions replaced since raised (0003's registrar_only, replaced in 0013): still
        // translated, and no function of the migrated database holds them any more.
        const QSet<QString> retired{QStringLiteral("registrar_only")};
        auto super = rawConnect(m_cluster->superuser());
        QVERIFY(super);
        for (const QString& k : retired)
            QCOMPARE(scalar(*super, QStringLiteral("SELECT count(*) FROM pg_proc WHERE prosrc LIKE '%''%1''%'").arg(k)),
                     QStringLiteral("0"));
        for (const QString& k : translated)
            QVERIFY2(tested.contains(k) || retired.contains(k),
                     qPrintable(QStringLiteral("%1 has no test that raises it").arg(k)));
    }
};

QTEST_GUILESS_MAIN(TestDbErrors)
#include "TestDbErrors.moc"
