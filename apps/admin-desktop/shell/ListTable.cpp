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
        m_reshapeTimer.setSingleShot(true);
        m_reshapeTimer.setInterval(0); // a file's columns arrive one header at a time: look once they are all in
        connect(&m_reshapeTimer, &QTimer::timeout, this, &ColumnMemory::reshape);

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
        // Other columns (another file in the preview): what the person did to the old ones is saved for them
        // while the header still holds it, then the new columns are looked at once the model has settled.
        const auto columnsChanging = [this] {
            flush();
            m_reshapeTimer.start();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, columnsChanging);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, columnsChanging);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, columnsChanging);
        connect(model, &QAbstractItemModel::headerDataChanged, this, [columnsChanging](Qt::Orientation orientation) {
            if (orientation == Qt::Horizontal)
                columnsChanging();
        });
    }

    /// The columns as a saved state must find them: their number, and their names where the model gives them.
    struct Shape
    {
        int count = 0;
        QStringList ids;
        bool operator==(const Shape& other) const { return count == other.count && ids == other.ids; }
        bool operator!=(const Shape& other) const { return !(*this == other); }
    };

    Shape currentShape() const
    {
        Shape shape;
        shape.count = m_header->count();
        QAbstractItemModel* model = m_table->model();
        if (!model)
            return shape;
        bool named = false;
        for (int column = 0; column < shape.count; ++column) {
            const QString id = model->headerData(column, Qt::Horizontal, ListColumnIdRole).toString();
            named = named || !id.isEmpty();
            shape.ids << id;
        }
        if (!named)
            shape.ids.clear();
        return shape;
    }

    /// The model's columns are not the ones the header's widths and order were chosen for: forget those, and
    /// take the new columns' saved state, if any, once the list is on screen.
    void reshape()
    {
        const Shape now = currentShape();
        if (m_shapeKnown && now == m_shape)
            return;
        if (m_shapeKnown) {
            m_restoring = true; // our moves, not a person's
            for (int column = 0; column < m_header->count(); ++column)
                if (m_header->visualIndex(column) != column)
                    m_header->moveSection(m_header->visualIndex(column), column);
            m_restoring = false;
            m_saveTimer.stop();
            m_dirty = false;
            m_autoFit = true;
        }
        m_shape = now;
        m_shapeKnown = true;
        m_restored = false;
        if (m_table->isVisible())
            restore();
        scheduleFit();
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
        m_shape = currentShape();
        m_shapeKnown = true;
        QSettings settings;
        const QByteArray state = settings.value(key).toByteArray();
        // A state saved for other columns (a newer version of the list, another file in the preview) is left
        // alone: applied, it would give one column's width and place to another.
        Shape saved;
        saved.count = settings.value(key + QStringLiteral("Count")).toInt();
        saved.ids = settings.value(key + QStringLiteral("Ids")).toStringList();
        if (state.isEmpty() || saved != m_shape)
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
        // The shape the header's state belongs to, which the model may have left already (see reshape()).
        if (key.isEmpty() || !m_shapeKnown || m_shape.count == 0 || m_header->count() != m_shape.count)
            return;
        QSettings settings;
        settings.setValue(key, m_header->saveState());
        settings.setValue(key + QStringLiteral("Count"), m_shape.count);
        if (m_shape.ids.isEmpty())
            settings.remove(key + QStringLiteral("Ids"));
        else
            settings.setValue(key + QStringLiteral("Ids"), m_shape.ids);
    }

    QTableView* m_table;
    QHeaderView* m_header;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_saveTimer;
    QTimer m_fitTimer;
    QTimer m_reshapeTimer;
    Shape m_shape;
    bool m_shapeKnown = false;
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
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    else
        header->setStretchLastSection(true);
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
