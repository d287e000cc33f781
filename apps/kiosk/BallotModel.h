#pragma once

#include "core/db/VotingRepository.h"
#include "core/domain/BallotRules.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Elect {

/// One voter's ballot as candidate cards: who may be chosen, who is, and in which order (the order is the
/// ranking for ranked methods). BallotRules says what may be added; the database decides at the cast.
class BallotModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The voting flow provides the ballot.")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY changed)
    Q_PROPERTY(bool ranked READ ranked NOTIFY changed)
    Q_PROPERTY(bool complete READ complete NOTIFY changed)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PartyRole,
        SymbolNameRole,
        PhotoRole,  ///< image provider URL, or empty when the candidate has no photo
        SymbolRole, ///< image provider URL, or empty
        ChosenRole,
        RankRole,     ///< 1-based position among the choices, 0 when not chosen
        RankTextRole, ///< ranked methods: "1st choice", "2nd choice"...; empty when not chosen or not ranked
    };
    Q_ENUM(Role)

    explicit BallotModel(QObject* parent = nullptr);

    /// A new ballot; \a imageKey prefixes the image URLs so that a new voter never sees a cached photo.
    void setBallot(const BallotRules& rules, QList<BallotCandidate> candidates, const QString& imageKey);
    void clear();

    int count() const { return int(m_candidates.size()); }
    int chosenCount() const { return int(m_chosen.size()); }
    bool ranked() const { return m_rules.isRanked(); }
    bool complete() const { return !m_candidates.isEmpty() && m_rules.problem(m_chosen) == BallotRules::Problem::None; }
    const QList<qint64>& chosen() const { return m_chosen; }
    const BallotRules& rules() const { return m_rules; }
    const QList<BallotCandidate>& candidates() const { return m_candidates; }
    QString nameOf(qint64 id) const;

    /// Chooses the candidate, or un-chooses them when chosen (later ranks move up). With one choice allowed,
    /// choosing another replaces the first. Returns false when there is no room (the voter must un-choose one).
    Q_INVOKABLE bool toggle(qint64 candidateId);
    /// The candidates' names in the order chosen.
    Q_INVOKABLE QStringList chosenNames() const;
    /// The words for the \a rank-th choice, as an ordinal where the language has one ("2nd choice").
    Q_INVOKABLE static QString rankText(int rank);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    BallotRules m_rules{CountingMethod::Block, 1, {}};
    QList<BallotCandidate> m_candidates;
    QList<qint64> m_chosen;
    QString m_imageKey;
};

} // namespace Elect
