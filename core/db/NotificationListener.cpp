#include "core/db/NotificationListener.h"

#include "core/db/DbSupport.h"

namespace Elect {

namespace {

class Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base& c, const std::string& channel) : pqxx::notification_receiver(c, channel) {}
    void operator()(const std::string& payload, int) override { received << QString::fromStdString(payload); }
    QStringList received;
};

} // namespace

struct NotificationListener::Impl
{
    Database* db = nullptr;
    std::unique_ptr<Receiver> receiver;
};

Result<std::unique_ptr<NotificationListener>> NotificationListener::listen(Database& db, const QString& channel)
{
    try {
        auto impl = std::make_unique<Impl>();
        impl->db = &db;
        // LISTEN quotes the channel itself (libpqxx issues LISTEN "channel").
        impl->receiver = std::make_unique<Receiver>(*db.impl().conn, Db::str(channel));
        return std::unique_ptr<NotificationListener>(new NotificationListener(std::move(impl)));
    } catch (const std::exception& e) {
        return Db::translate(e);
    }
}

NotificationListener::NotificationListener(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

NotificationListener::~NotificationListener() = default;

int NotificationListener::socketDescriptor() const
{
    return m_impl->db->impl().conn->sock();
}

Result<QStringList> NotificationListener::take()
{
    try {
        m_impl->db->impl().conn->get_notifs();
    } catch (const std::exception& e) {
        return Db::translate(e);
    }
    QStringList out;
    out.swap(m_impl->receiver->received);
    return out;
}

} // namespace Elect
