#pragma once

#include "core/domain/Types.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Elect {

/// The elections running now at this kiosk, for the welcome screen.
class RunningElectionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk controller provides the running elections.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TypeRole,
        SeatsRole,
        VotesPerVoterRole,
        StartsAtRole,
        EndsAtRole,
        CountingMethodRole, ///< "block", "approval", "irv", "stv", "referendum": how the ballot is filled in
    };
    Q_ENUM(Role)

    explicit RunningElectionModel(QObject* parent = nullptr);

    void setElections(QList<Election> elections);
    int count() const { return int(m_elections.size()); }
    Q_INVOKABLE QString titleAt(int row) const;
    /// The running election with this id, if this kiosk shows it.
    std::optional<Election> election(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Election> m_elections;
};

} // namespace Elect
