#include "notifications/NotificationFeed.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/NotificationListener.h"
#include "core/db/NotificationRepository.h"
#include "shell/AdminLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

namespace Elect {

namespace {

struct Listening
{
    std::shared_ptr<Database> db;
    std::shared_ptr<NotificationListener> listener;
};

} // namespace

NotificationFeed::NotificationFeed(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_organization(connection.identity().organizationId)
{
    m_pool.setMaxThreadCount(1);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NotificationFeed::start);
}

NotificationFeed::~NotificationFeed()
{
    drop();
    m_pool.waitForDone();
}

void NotificationFeed::start()
{
    if (m_starting || m_listener)
        return;
    m_starting = true;
    // The settings of the signed-in connection (password included) stay in memory, on the worker threads.
    whenReady(m_connection.run([](Database& db) -> Result<ConnectionSettings> { return db.settings(); }), this,
              [this](Result<ConnectionSettings> settings) {
                  if (!settings) {
                      m_starting = false;
                      listenAgainLater();
                      return;
                  }
                  auto work = [s = *settings]() -> Result<Listening> {
                      auto db = Database::connect(s);
                      if (!db)
                          return db.error();
                      std::shared_ptr<Database> shared(std::move(db).value());
                      auto listener = NotificationListener::listen(*shared, NotificationRepository::channel());
                      if (!listener)
                          return listener.error();
                      return Listening{shared, std::shared_ptr<NotificationListener>(std::move(listener).value())};
                  };
                  whenReady(QtConcurrent::run(&m_pool, work), this, [this](Result<Listening> opened) {
                      m_starting = false;
                      if (!opened) {
                          listenAgainLater();
                          return;
                      }
                      m_db = opened->db;
                      m_listener = opened->listener;
                      m_retryMs = 2000;
                      m_notifier =
                          new QSocketNotifier(qintptr(m_listener->socketDescriptor()), QSocketNotifier::Read, this);
                      connect(m_notifier, &QSocketNotifier::activated, this, &NotificationFeed::readAvailable);
                      Q_EMIT listening(true);
                  });
              });
}

void NotificationFeed::readAvailable()
{
    if (!m_listener)
        return;
    // Reads what the socket holds without waiting (PQconsumeInput), so the GUI thread never blocks here.
    const auto payloads = m_listener->take();
    if (!payloads || !m_db->isOpen()) {
        qCInfo(lcAdmin) << "the notification feed lost its connection; listening again shortly";
        drop();
        Q_EMIT listening(false);
        listenAgainLater();
        return;
    }
    for (const QString& payload : *payloads) {
        const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
        const qint64 organization = o.value(QStringLiteral("organization")).toInteger();
        if (m_organization && organization != *m_organization)
            continue;
        Q_EMIT notified(o.value(QStringLiteral("id")).toInteger());
    }
}

void NotificationFeed::drop()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_listener.reset();
    m_db.reset();
}

void NotificationFeed::listenAgainLater()
{
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, 60000);
}

} // namespace Elect
