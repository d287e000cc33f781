#include "shell/ListTable.h"

#include "shell/AdminLog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace Elect {

namespace {

/// Keeps a list's columns: follows the contents until a person sizes a column, then remembers what they
/// chose (QHeaderView::saveState under the list's objectName). Lives as a child of the header.
class ColumnMemory : public QObject
{
public:
    ColumnMemory(QTableView* table, QHeaderView* header) : QObject(header), m_table(table), m_header(header)
    {
        m_saveTimer.setSingleShot(true);
        m_saveTimer.setInterval(300); // a drag resizes many times: write once it rests
        connect(&m_saveTimer, &QTimer::timeout, this, &ColumnMemory::save);
        m_fitTimer.setSingleShot(true);
        m_fitTimer.setInterval(0); // once per burst of model changes
        connect(&m_fitTimer, &QTimer::timeout, this, &ColumnMemory::fit);

        connect(header, &QHeaderView::sectionResized, this, &ColumnMemory::resized);
        connect(header, &QHeaderView::sectionMoved, this, &ColumnMemory::changedByPerson);
        connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnMemory::changedByPerson);
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ColumnMemory::flush);
        table->installEventFilter(this);
        header->viewport()->installEventFilter(this);
        watchModel();
        scheduleFit();
        // No restore() yet: the page may still set widths of its own after setUpListTable() (VotersTab does);
        // the person's widths, restored at the first Show, have the last word.
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_table) {
            if (event->type() == QEvent::Show) {
                watchModel();
                restore();
                scheduleFit();
            } else if (event->type() == QEvent::Hide) {
                flush();
            }
        } else if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
            m_personActing = true; // a drag of a section's edge, or a double-click on it
        } else if (event->type() == QEvent::MouseButtonRelease) {
            m_personActing = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void watchModel()
    {
        QAbstractItemModel* model = m_table->model();
        if (model == m_model)
            return;
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        if (!model)
            return;
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnMemory::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnMemory::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnMemory::scheduleFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnMemory::scheduleFit);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnMemory::scheduleFit);
    }

    void scheduleFit()
    {
        if (m_autoFit)
            m_fitTimer.start();
    }

    /// What ResizeToContents did: every column but the stretching ones as wide as its contents.
    void fit()
    {
        if (!m_autoFit)
            return;
        m_fitting = true;
        for (int column = 0; column < m_header->count(); ++column)
            if (m_header->sectionResizeMode(column) == QHeaderView::Interactive && !m_header->isSectionHidden(column))
                m_table->resizeColumnToContents(column);
        m_fitting = false;
    }

    bool fills(int column) const
    {
        if (m_header->sectionResizeMode(column) == QHeaderView::Stretch)
            return true;
        return m_header->stretchLastSection() && m_header->logicalIndex(m_header->count() - 1) == column;
    }

    void resized(int column, int oldSize, int newSize)
    {
        if (m_fitting || m_restoring || oldSize == 0 || newSize == 0 || fills(column))
            return;        // ours, hidden or shown, or the column that takes the rest
        m_autoFit = false; // a person, or the page itself, chose this width: keep it
        if (m_personActing)
            changedByPerson();
    }

    void changedByPerson()
    {
        if (m_restoring)
            return;
        m_autoFit = false;
        m_dirty = true;
        m_saveTimer.start();
    }

    void restore()
    {
        if (m_restored || m_header->count() == 0)
            return;
        const QString key = listSettingsKey(m_table);
        if (key.isEmpty()) {
            qCWarning(lcAdmin) << "a list without an objectName cannot remember its columns";
            m_restored = true;
            return;
        }
        m_restored = true;
        QSettings settings;
        const QByteArray state = settings.value(key).toByteArray();
        // A list whose columns changed since (a newer version) starts afresh rather than misplacing widths.
        if (state.isEmpty() || settings.value(key + QStringLiteral("Count")).toInt() != m_header->count())
            return;
        QList<bool> hidden;
        for (int column = 0; column < m_header->count(); ++column)
            hidden.append(m_header->isSectionHidden(column));
        m_restoring = true;
        const bool ok = m_header->restoreState(state);
        // Which columns show is the page's decision (the election's type, the person's role), not a taste.
        for (int column = 0; column < hidden.size(); ++column)
            m_header->setSectionHidden(column, hidden.at(column));
        m_restoring = false;
        if (ok)
            m_autoFit = false;
    }

    void flush()
    {
        if (m_dirty)
            save();
    }

    void save()
    {
        m_saveTimer.stop();
        m_dirty = false;
        const QString key = listSettingsKey(m_table);
        if (key.isEmpty() || m_header->count() == 0)
            return;
        QSettings settings;
        settings.setValue(key, m_header->saveState());
        settings.setValue(key + QStringLiteral("Count"), m_header->count());
    }

    QTableView* m_table;
    QHeaderView* m_header;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_saveTimer;
    QTimer m_fitTimer;
    bool m_autoFit = true;
    bool m_fitting = false;
    bool m_restoring = false;
    bool m_restored = false;
    bool m_personActing = false;
    bool m_dirty = false;
};

} // namespace

void setUpListTable(QTableView* table, int stretchColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    // Interactive, not ResizeToContents: a person may drag a column wider; ColumnMemory fits the columns to
    // their contents until they do, and remembers what they chose.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    new ColumnMemory(table, header);
}

QString listSettingsKey(const QTableView* table)
{
    if (table->objectName().isEmpty())
        return {};
    return QStringLiteral("lists/%1/columns").arg(table->objectName());
}

void setUpEmptyListLabel(QLabel* label)
{
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6b7684; font-size: 12pt; padding: 40px;"));
}

} // namespace Elect
