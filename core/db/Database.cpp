#include "core/db/Database.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"
#include "core/domain/Money.h"

#include <poll.h>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

Q_LOGGING_CATEGORY(lcDb, "elect.core.db", QtInfoMsg)

namespace Elect {

namespace {

Error connectError(const std::string& what, const ConnectionSettings& settings)
{
    const QString text = QString::fromStdString(what);
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("SCRAM")))
        return {ErrorCode::AuthFailed,
                QCoreApplication::translate("Elect::Database",
                                            "The email or password is not right. Check them and try again.")};
    if (text.contains(QLatin1String("is not permitted to log in")))
        return {ErrorCode::AccountNotActive,
                QCoreApplication::translate(
                    "Elect::Database",
                    "This account cannot sign in yet. Verify your email address with the link we sent you; an "
                    "organization can sign in once a system administrator has accepted it.")};
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return {ErrorCode::Unavailable,
                QCoreApplication::translate(
                    "Elect::Database",
                    "The server has no Elect database yet. Ask your IT staff to run \"elect db init\".")};
    if (text.contains(QLatin1String("too many connections")))
        return {ErrorCode::Unavailable,
                QCoreApplication::translate("Elect::Database", "The server is busy. Try again in a minute.")};
    return {ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Database",
                                        "Cannot reach the database server (%1). Check the server address and that it "
                                        "is running, then try again.")
                .arg(settings.describe())};
}
} // namespace

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::connect(const ConnectionSettings& settings)
{
    auto impl = std::make_unique<Impl>();
    impl->settings = settings;
    try {
        impl->conn = std::make_unique<pqxx::connection>(settings.toConnectionString().toStdString());
        pqxx::nontransaction n(*impl->conn);
        impl->sessionUser = QString::fromStdString(n.exec("SELECT session_user")[0][0].as<std::string>());
    } catch (const pqxx::broken_connection& e) {
        return connectError(e.what(), settings);
    } catch (const std::exception& e) {
        const Error error = Db::translate(e);
        if (error.code == ErrorCode::Unavailable || error.code == ErrorCode::Internal)
            return connectError(e.what(), settings);
        return error;
    }
    qCDebug(lcDb) << "connected to" << settings.describe();
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

QString Database::sessionUser() const
{
    return m_impl->sessionUser;
}
const ConnectionSettings& Database::settings() const
{
    return m_impl->settings;
}
bool Database::stillOpen()
{
    if (!isOpen())
        return false;
    try {
        // Whatever the server sent meanwhile is read (PQconsumeInput), nothing is sent. A server that closes
        // a session sends its goodbye (FATAL 57P05) and then closes the socket: the read that takes the
        // goodbye is followed by one that finds the end of file and throws. An idle session is sent nothing
        // else (the apps do not LISTEN), so after a message the end of file is waited for, briefly.
        for (int reads = 0; reads < 4 && isOpen(); ++reads) {
            pollfd fd{m_impl->conn->sock(), POLLIN, 0};
            if (::poll(&fd, 1, reads == 0 ? 0 : 200) <= 0)
                break;
            m_impl->conn->get_notifs();
        }
    } catch (const std::exception& e) {
        qCDebug(lcDb) << "the server had closed the idle connection:" << e.what();
        return false;
    }
    return isOpen();
}

bool Database::isOpen() const
{
    return m_impl->conn && m_impl->conn->is_open();
}

Status Database::executeScript(const QString& sql)
{
    try {
        pqxx::nontransaction n(*m_impl->conn);
        n.exec(sql.toStdString());
        return success();
    } catch (const std::exception& e) {
        return Db::translate(e);
    }
}

namespace Db {

std::string sqlstateOf(const std::exception& e)
{
    if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e); sql && !sql->sqlstate().empty())
        return sql->sqlstate();
    // Most specific classes first.
    if (dynamic_cast<const pqxx::insufficient_privilege*>(&e))
        return "42501";
    if (dynamic_cast<const pqxx::unique_violation*>(&e))
        return "23505";
    if (dynamic_cast<const pqxx::foreign_key_violation*>(&e))
        return "23503";
    if (dynamic_cast<const pqxx::not_null_violation*>(&e))
        return "23502";
    if (dynamic_cast<const pqxx::check_violation*>(&e))
        return "23514";
    if (dynamic_cast<const pqxx::restrict_violation*>(&e))
        return "23001";
    if (dynamic_cast<const pqxx::integrity_constraint_violation*>(&e))
        return "23000";
    if (dynamic_cast<const pqxx::data_exception*>(&e))
        return "22000";
    if (dynamic_cast<const pqxx::undefined_table*>(&e))
        return "42P01";
    if (dynamic_cast<const pqxx::undefined_function*>(&e))
        return "42883";
    if (dynamic_cast<const pqxx::undefined_column*>(&e))
        return "42703";
    if (dynamic_cast<const pqxx::syntax_error*>(&e))
        return "42601";
    if (dynamic_cast<const pqxx::feature_not_supported*>(&e))
        return "0A000";
    if (dynamic_cast<const pqxx::serialization_failure*>(&e))
        return "40001";
    if (dynamic_cast<const pqxx::deadlock_detected*>(&e))
        return "40P01";
    if (dynamic_cast<const pqxx::too_many_connections*>(&e))
        return "53300";
    if (dynamic_cast<const pqxx::insufficient_resources*>(&e))
        return "53000";
    if (dynamic_cast<const pqxx::plpgsql_raise*>(&e))
        return "P0001";
    return {};
}

// Our functions raise SQLSTATEs of class EL (or 42501) with a stable key as the message (core/sql).
const QHash<QString, Error>& knownErrors()
{
    static const QHash<QString, Error> known = [] {
        QHash<QString, Error> m;
        auto notAllowed = QCoreApplication::translate(
            "Elect::Database", "Your account may not do this. Sign in with an account that may, or ask your "
                               "organization's owner.");
        m.insert(QStringLiteral("registrar_only"), {ErrorCode::NotAllowed, notAllowed});
        m.insert(QStringLiteral("sysadmin_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database", "Only a system administrator may do this.")});
        m.insert(QStringLiteral("owner_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database",
                                              "Only the organization's owner may do this, once the organization is "
                                              "accepted.")});
        m.insert(QStringLiteral("kiosk_only"),
                 {ErrorCode::NotAllowed, QCoreApplication::translate("Elect::Database", "Only a kiosk may do this.")});
        m.insert(QStringLiteral("audit_log_append_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database", "The audit log cannot be changed or deleted.")});
        m.insert(QStringLiteral("password_not_a_verifier"),
                 {ErrorCode::Internal,
                  QCoreApplication::translate("Elect::Database",
                                              "The password was not sent in protected form; nothing was changed.")});
        m.insert(QStringLiteral("email_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The email address is not valid. Write it as name@example.org.")});
        m.insert(QStringLiteral("name_missing"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database", "A name is missing. Fill in every name field.")});
        m.insert(
            QStringLiteral("organization_name_invalid"),
            {ErrorCode::InvalidInput,
             QCoreApplication::translate("Elect::Database", "The organization's name needs at least 2 characters.")});
        m.insert(QStringLiteral("country_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The country must be a two-letter code such as EG or GB.")});
        m.insert(QStringLiteral("national_id_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The national id may contain only digits, spaces and dashes.")});
        m.insert(QStringLiteral("email_taken"),
                 {ErrorCode::AlreadyExists,
                  QCoreApplication::translate("Elect::Database",
                                              "An account with this email address already exists. Sign in, or "
                                              "reset its password.")});
        m.insert(QStringLiteral("organization_name_taken"),
                 {ErrorCode::AlreadyExists,
                  QCoreApplication::translate("Elect::Database",
                                              "An organization with this name is already registered. Choose "
                                              "another name.")});
        m.insert(
            QStringLiteral("kiosk_name_taken"),
            {ErrorCode::AlreadyExists,
             QCoreApplication::translate("Elect::Database", "Your organization already has a kiosk with this name.")});
        m.insert(QStringLiteral("token_invalid"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This code is not valid, was already used, or has expired. Ask for a "
                                              "new one.")});
        m.insert(QStringLiteral("account_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database", "There is no account with this email.")});
        m.insert(QStringLiteral("organization_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This organization does not exist, or you may not see it.")});
        m.insert(
            QStringLiteral("organization_not_pending"),
            {ErrorCode::WrongState,
             QCoreApplication::translate("Elect::Database", "This organization was already accepted or rejected.")});
        m.insert(QStringLiteral("rejection_reason_required"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "Write why the organization is turned down (up to 2,000 characters): "
                                              "the owner reads it. Nothing was rejected.")});
        m.insert(QStringLiteral("election_not_draft"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "This election is published; its candidates and voters can no longer "
                                              "change. Only a draft election can be edited.")});
        m.insert(QStringLiteral("service_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database",
                                              "Only elect serve (the elect_service login) may do this.")});
        m.insert(QStringLiteral("outbox_message_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate(
                      "Elect::Database", "There is no outgoing message with this id. See \"elect outbox list\".")});
        m.insert(
            QStringLiteral("outbox_message_sent"),
            {ErrorCode::WrongState,
             QCoreApplication::translate("Elect::Database", "This message was already sent; it is not sent twice.")});
        m.insert(QStringLiteral("eligibility_election_not_open"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "This election is not open for voting at this kiosk. Ask the poll "
                                              "worker.")});
        m.insert(QStringLiteral("eligibility_request_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This kiosk has no such eligibility question. Start again with the "
                                              "national id.")});
        m.insert(QStringLiteral("eligibility_unavailable"),
                 {ErrorCode::Unavailable,
                  QCoreApplication::translate("Elect::Database",
                                              "The organization's voter service cannot be reached; ask the poll "
                                              "worker.")});
        m.insert(QStringLiteral("voter_search_too_many"),
                 {ErrorCode::Unavailable,
                  QCoreApplication::translate("Elect::Database",
                                              "You have searched for too many national ids in the last minute. Wait "
                                              "a minute, then try again.")});
        m.insert(QStringLiteral("eligibility_too_many_requests"),
                 {ErrorCode::Unavailable,
                  QCoreApplication::translate("Elect::Database",
                                              "This kiosk has asked about too many people in the last minute. Wait a "
                                              "minute, then try again.")});
        m.insert(QStringLiteral("scheduler_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database",
                                              "Only elect serve (the elect_service login) may close and count "
                                              "elections or remind voters.")});
        m.insert(QStringLiteral("election_not_ended"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "This election has not ended, or was cancelled: its ballots stay sealed "
                                              "and it cannot be counted yet.")});
        // Voting at a kiosk (0016_kiosk_voting.sql): read by the voter, so each says what to do next.
        m.insert(QStringLiteral("voting_election_closed"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "This election is not open for voting now. Ask the poll worker.")});
        m.insert(QStringLiteral("kiosk_too_many_lookups"),
                 {ErrorCode::Unavailable,
                  QCoreApplication::translate("Elect::Database",
                                              "This kiosk has looked up too many national ids in the last minute. "
                                              "Wait a minute, then try again.")});
        m.insert(QStringLiteral("voter_has_no_phone"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "The voter list has no phone number for you, so no code can be sent. "
                                              "Ask the poll worker.")});
        m.insert(QStringLiteral("code_too_many_requests"),
                 {ErrorCode::Unavailable,
                  QCoreApplication::translate("Elect::Database",
                                              "Three codes were sent to your phone in the last 15 minutes. Use the "
                                              "latest one, or wait a few minutes and ask again.")});
        m.insert(QStringLiteral("voting_start_again"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This step has timed out. Start again with your national id.")});
        m.insert(QStringLiteral("voting_session_expired"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "Your voting session has ended. Start again with your national id.")});
        m.insert(QStringLiteral("already_voted"),
                 {ErrorCode::AlreadyExists,
                  QCoreApplication::translate("Elect::Database",
                                              "You have already voted in this election, and your vote was counted "
                                              "once. Nothing more is needed.")});
        m.insert(QStringLiteral("ballot_too_few"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The ballot has fewer choices than this election needs. Go back to the "
                                              "ballot and choose more.")});
        m.insert(QStringLiteral("ballot_too_many"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The ballot has more choices than this election allows. Go back to the "
                                              "ballot and remove some.")});
        m.insert(QStringLiteral("ballot_repeated"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "A candidate is chosen twice on this ballot. Go back to the ballot and "
                                              "remove one of the two.")});
        m.insert(QStringLiteral("ballot_not_eligible"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The ballot names a candidate you cannot vote for. Go back to the ballot "
                                              "and choose again.")});
        m.insert(QStringLiteral("cast_request_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The kiosk sent an incomplete ballot. Ask the poll worker to restart "
                                              "the kiosk.")});
        m.insert(QStringLiteral("cast_key_reused"),
                 {ErrorCode::Conflict,
                  QCoreApplication::translate("Elect::Database",
                                              "The server cannot match this ballot to the kiosk's earlier request. "
                                              "Ask the poll worker.")});
        // Money (0006_wallet.sql)
        m.insert(QStringLiteral("top_up_amount_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "A top-up must be between 25.00 and 999,999.99 (in the wallet's "
                                              "currency). Enter another amount.")});
        m.insert(QStringLiteral("too_many_open_top_ups"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "Your organization has five unpaid top-ups from the last day. Pay one "
                                              "of them, or wait until they expire, then ask again.")});
        m.insert(QStringLiteral("pricing_tier_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "A pricing tier needs a lowest number of voters of 0 or more, a highest "
                                              "number that is not lower (or none), a price of 0 or more and a "
                                              "three-letter currency.")});
        m.insert(QStringLiteral("pricing_tier_overlaps"),
                 {ErrorCode::AlreadyExists,
                  QCoreApplication::translate("Elect::Database",
                                              "This tier overlaps another tier of the same currency. Change or remove "
                                              "that tier first.")});
        m.insert(QStringLiteral("pricing_tier_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "There is no pricing tier with this id (see \"elect pricing list\").")});
        m.insert(QStringLiteral("election_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This election does not exist, or belongs to another organization.")});
        m.insert(QStringLiteral("election_start_passed"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The election's start time has passed. Move it into the future, then "
                                              "publish.")});
        m.insert(QStringLiteral("election_has_no_candidates"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The election has no candidates yet. Add or import them, then "
                                              "publish.")});
        m.insert(QStringLiteral("election_has_no_voters"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The election has no voters yet. Import its voter list, then "
                                              "publish.")});
        m.insert(QStringLiteral("no_pricing_tier"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "No price is set for an election of this size. Ask the platform's "
                                              "system administrator to set a pricing tier.")});
        m.insert(QStringLiteral("insufficient_funds"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "The wallet's balance is too low to publish this election. Top up the "
                                              "wallet, then publish again.")});
        m.insert(QStringLiteral("election_not_cancellable"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "Only a draft, or a published election that has not started yet, can "
                                              "be cancelled.")});
        m.insert(QStringLiteral("rate_limit_invalid"),
                 {ErrorCode::Internal,
                  QCoreApplication::translate("Elect::Database",
                                              "elect serve asked for a request limit the database does not accept; "
                                              "nothing was counted.")});
        m.insert(QStringLiteral("audit_reader_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database",
                                              "Only a system administrator or elect serve (the elect_service login) "
                                              "may read the audit log's chain.")});
        m.insert(QStringLiteral("audit_sealer_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database",
                                              "Only elect serve (the elect_service login) seals kiosk events into "
                                              "the audit log's chain.")});
        m.insert(QStringLiteral("password_verifier_weak"),
                 {ErrorCode::Internal,
                  QCoreApplication::translate("Elect::Database",
                                              "The password was protected too weakly (fewer than 4096 rounds or a "
                                              "short salt); nothing was changed. Use an up-to-date Elect.")});
        m.insert(QStringLiteral("kiosk_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This kiosk does not exist, or it belongs to another organization.")});
        m.insert(QStringLiteral("admin_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This administrator does not exist, was removed, or belongs to "
                                              "another organization.")});
        m.insert(QStringLiteral("organization_admin_only"),
                 {ErrorCode::NotAllowed,
                  QCoreApplication::translate("Elect::Database",
                                              "Only an organization admin asks for a change; the owner decides it.")});
        m.insert(QStringLiteral("approval_change_invalid"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "The change cannot be asked for: a published election's title (1 to "
                                              "200 characters) and its dates (a start still ahead, an end after it), "
                                              "or a candidate's name, party and description may change, and "
                                              "something must differ from what it is now.")});
        m.insert(QStringLiteral("election_not_scheduled"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "Only a published election that has not started waits for approval: "
                                              "change a draft directly; a cancelled or counted one no longer "
                                              "changes.")});
        m.insert(QStringLiteral("candidate_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This candidate does not exist, or belongs to another organization.")});
        m.insert(QStringLiteral("approval_request_not_found"),
                 {ErrorCode::NotFound,
                  QCoreApplication::translate("Elect::Database",
                                              "This approval request does not exist, or belongs to another "
                                              "organization.")});
        m.insert(QStringLiteral("approval_request_decided"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "This request has already been decided. Refresh to see the decision.")});
        m.insert(QStringLiteral("approval_reason_missing"),
                 {ErrorCode::InvalidInput,
                  QCoreApplication::translate("Elect::Database",
                                              "Say why the change is rejected (at most 1,000 characters): the "
                                              "person who asked reads it.")});
        m.insert(QStringLiteral("approval_request_outdated"),
                 {ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Database",
                                              "What this request would change has changed since it was made. Reject "
                                              "it, and ask for a new one if the change is still wanted.")});
        return m;
    }();
    return known;
}

QStringList knownErrorKeys()
{
    return knownErrors().keys();
}

Error translate(const std::exception& e)
{
    if (const auto* broken = dynamic_cast<const pqxx::broken_connection*>(&e)) {
        Q_UNUSED(broken);
        return {
            ErrorCode::Unavailable,
            QCoreApplication::translate(
                "Elect::Database", "The connection to the database server was lost. Check the network and try again.")};
    }
    if (const auto* unknown = dynamic_cast<const UnknownKey*>(&e)) {
        qCWarning(lcDb) << "refused an unknown key:" << e.what();
        return {ErrorCode::Internal,
                QCoreApplication::translate("Elect::Database",
                                            "The database holds a value this version of Elect does not know (\"%1\" "
                                            "in %2). Update Elect on this computer, or ask your IT staff.")
                    .arg(QString::fromStdString(unknown->key()), QString::fromStdString(unknown->column()))};
    }
    const std::string state = sqlstateOf(e);
    if (state.empty()) {
        qCWarning(lcDb) << "unexpected database error:" << e.what();
        return {ErrorCode::Internal,
                QCoreApplication::translate("Elect::Database", "The database reported an unexpected problem: %1")
                    .arg(QString::fromUtf8(e.what()))};
    }
    // The first line of the server's message; for our own SQLSTATEs it is a stable key.
    QString key = QString::fromUtf8(e.what()).section(u'\n', 0, 0).trimmed();
    if (key.startsWith(QLatin1String("ERROR:")))
        key = key.mid(6).trimmed();

    const QHash<QString, Error>& known = knownErrors();
    if (key == QLatin1String("insufficient_funds")) {
        // The function says in DETAIL how much is missing, so that the person knows what to pay.
        const QString what = QString::fromUtf8(e.what());
        const int at = int(what.indexOf(QLatin1String("DETAIL:")));
        const QJsonObject detail =
            at < 0 ? QJsonObject()
                   : QJsonDocument::fromJson(what.mid(at + 7).section(u'\n', 0, 0).trimmed().toUtf8()).object();
        const qint64 missing = qint64(detail.value(QStringLiteral("missing")).toDouble());
        const QString currency = detail.value(QStringLiteral("currency")).toString();
        if (missing > 0 && !currency.isEmpty())
            return {ErrorCode::WrongState,
                    QCoreApplication::translate("Elect::Database",
                                                "The wallet's balance is too low to publish this election: %1 more is "
                                                "needed. Top up the wallet, then publish again.")
                        .arg(Money::format(missing, currency))};
    }
    if (auto it = known.find(key); it != known.end())
        return *it;

    if (state == "42501")
        return {ErrorCode::NotAllowed,
                QCoreApplication::translate("Elect::Database",
                                            "Your account may not do this. Sign in with an account that may, or ask "
                                            "your organization's owner.")};
    if (state == "23505" || state == "42710")
        return {ErrorCode::AlreadyExists,
                QCoreApplication::translate("Elect::Database", "This already exists. Choose another name or value.")};
    if (state.rfind("23", 0) == 0 || state.rfind("22", 0) == 0)
        return {ErrorCode::InvalidInput,
                QCoreApplication::translate("Elect::Database", "A value is not acceptable: %1").arg(key)};
    if (state == "40001" || state == "40P01")
        return {ErrorCode::Conflict, QCoreApplication::translate(
                                         "Elect::Database", "Someone else changed this at the same time. Try again.")};
    if (state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0 || state == "53300")
        return {ErrorCode::Unavailable,
                QCoreApplication::translate("Elect::Database",
                                            "The database server is not available. Try again in a minute.")};
    if (state == "42P01" || state == "42883" || state == "3F000")
        return {ErrorCode::Unavailable,
                QCoreApplication::translate(
                    "Elect::Database",
                    "The database is not set up for this version of Elect. Ask your IT staff to run \"elect db "
                    "migrate\".")};
    qCWarning(lcDb) << "unmapped SQLSTATE" << QString::fromStdString(state);
    return {ErrorCode::Internal,
            QCoreApplication::translate("Elect::Database", "The database reported an unexpected problem (%1): %2")
                .arg(QString::fromStdString(state), key)};
}

} // namespace Db
} // namespace Elect
