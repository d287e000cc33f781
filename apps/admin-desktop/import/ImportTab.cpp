#include "import/ImportTab.h"

#include "core/connection/Connection.h"
#include "core/csv/CellValues.h"
#include "core/csv/ColumnNames.h"
#include "core/csv/CsvReader.h"
#include "core/csv/TextDecoder.h"
#include "elections/ElectionWorkspace.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Elect {

namespace {

struct Preview
{
    QString error; ///< the file cannot be read as it is (encoding, quote, ...): what and where
    QString encoding;
    QChar delimiter;
    QStringList header;
    QList<QStringList> rows;
};

// The first rows of \a path as the import will read them. Off the GUI thread: a file on a slow share
// must not freeze the window.
Preview readPreview(const QString& path, const QString& encoding, int rows)
{
    Preview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = QCoreApplication::translate("Elect::ImportTab", "Cannot read %1: %2")
                            .arg(QFileInfo(path).fileName(), file.errorString());
        return preview;
    }
    Csv::ReaderOptions options;
    options.encoding = encoding;
    Csv::CsvReader reader(&file, options);
    if (const Status opened = reader.open(); !opened) {
        preview.error = opened.message();
        return preview;
    }
    preview.encoding = reader.encodingName();
    preview.delimiter = reader.delimiter();
    preview.header = reader.header();
    QStringList fields;
    while (preview.rows.size() < rows && reader.next(fields))
        preview.rows << fields;
    if (const auto error = reader.error())
        preview.error = error->message;
    return preview;
}

// A file's value as the preview may show it: national ids and phones masked, as the problems show them.
QString shown(std::optional<Csv::Column> column, const QString& value)
{
    if (column == Csv::Column::NationalId || column == Csv::Column::Phone)
        return Csv::CellValues::maskDigits(value, 2);
    return value;
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

ImportTab::ImportTab(Connection& connection, qint64 electionId, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_electionId(electionId), m_kind(new QComboBox(this)),
      m_file(new QLineEdit(this)), m_choose(new QPushButton(tr("Choose file…"), this)), m_encoding(new QComboBox(this)),
      m_understood(new QLabel(this)), m_preview(new QTableWidget(this)),
      m_check(new QPushButton(tr("Check only"), this)), m_import(new QPushButton(tr("Import"), this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_banner(new MessageBanner(this)), m_problemsTable(new QTableWidget(this)),
      m_saveProblems(new QPushButton(tr("Save problems as CSV…"), this))
{
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Voters"), int(Csv::ImportKind::Voters));
    m_kind->addItem(tr("Candidates"), int(Csv::ImportKind::Candidates));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("A CSV file: choose it, or type its path and press Enter"));
    m_file->setClearButtonEnabled(true);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QString());
    for (Csv::Encoding e : {Csv::Encoding::Utf8, Csv::Encoding::Utf16LE, Csv::Encoding::Utf16BE,
                            Csv::Encoding::Windows1256, Csv::Encoding::Windows1252, Csv::Encoding::Latin1})
        m_encoding->addItem(Csv::TextDecoder::name(e), Csv::TextDecoder::name(e));
    m_encoding->setToolTip(tr("The file's text encoding. Change it when names look garbled in the preview."));
    m_understood->setObjectName(QStringLiteral("understoodLabel"));
    m_understood->setWordWrap(true);
    m_understood->setStyleSheet(QStringLiteral("color: #5b6675;"));

    // Both tables remember their columns as every list does. The preview's columns are the file's: its header
    // names each column by the file's own name for it, so that widths chosen for one file's columns come back
    // for a file with the same columns and are never laid on another file's.
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the file"));
    setUpListTable(m_preview, -1);

    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(tr("Check every row against the election without writing anything."));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->hide();
    m_banner->setObjectName(QStringLiteral("importMessage"));

    m_problemsTable->setObjectName(QStringLiteral("importProblemsTable"));
    m_problemsTable->setColumnCount(4);
    m_problemsTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("What to do")});
    m_problemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpListTable(m_problemsTable, 3); // one line a problem; the whole advice is the cell's tooltip
    m_problemsTable->setAccessibleName(tr("Problems"));
    m_problemsTable->hide();
    m_saveProblems->setObjectName(QStringLiteral("saveProblemsButton"));
    m_saveProblems->hide();

    connect(m_choose, &QPushButton::clicked, this, &ImportTab::chooseFile);
    connect(m_file, &QLineEdit::returnPressed, this, &ImportTab::loadPreview);
    connect(m_encoding, &QComboBox::activated, this, &ImportTab::loadPreview);
    connect(m_kind, &QComboBox::activated, this, &ImportTab::loadPreview);
    connect(m_check, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_watcher.cancel();
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportTab::finished);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportTab::saveProblems);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(tr("Import"), m_kind);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Encoding"), m_encoding);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    actions->addStretch();
    actions->addWidget(m_check);
    actions->addWidget(m_import);
    auto* problemsRow = new QHBoxLayout;
    problemsRow->addStretch();
    problemsRow->addWidget(m_saveProblems);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_understood);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addWidget(m_problemsTable, 2);
    layout->addLayout(problemsRow);
    setBusy(false);

    // Ctrl+I anywhere in the election's workspace.
    if (auto* workspace = qobject_cast<ElectionWorkspace*>(parent)) {
        auto* action = new QAction(tr("Import voters or candidates…"), workspace);
        action->setObjectName(QStringLiteral("importAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, &ImportTab::begin);
        workspace->addAction(action);
        connect(this, &ImportTab::imported, workspace, &ElectionWorkspace::noteElectionChanged);
    }
}

void ImportTab::begin()
{
    for (QWidget* w = parentWidget(); w; w = w->parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            tabs->setCurrentWidget(this);
            break;
        }
    m_file->setFocus();
}

void ImportTab::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose the file to import"), QFileInfo(m_file->text()).absolutePath(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_file->setText(QDir::toNativeSeparators(path));
        loadPreview();
    });
    dialog->open();
}

void ImportTab::loadPreview()
{
    const QString path = m_file->text().trimmed();
    m_banner->clearMessage();
    m_problemsTable->hide();
    m_saveProblems->hide();
    m_problems.clear();
    if (path.isEmpty())
        return;
    m_previewing = true;
    const int generation = ++m_previewGeneration;
    const QString encoding = m_encoding->currentData().toString();
    auto* watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return;
        m_previewing = false;
        const Preview p = watcher->result();
        m_preview->clear();
        m_preview->setColumnCount(int(p.header.size()));
        m_preview->setRowCount(int(p.rows.size()));
        QStringList understood;
        QList<std::optional<Csv::Column>> columns;
        for (int c = 0; c < p.header.size(); ++c) {
            const auto column = Csv::ColumnNames::columnFor(p.header.at(c));
            columns << column;
            const QString meaning = column ? Csv::ColumnNames::displayName(*column) : tr("ignored");
            auto* item = new QTableWidgetItem(tr("%1\n→ %2").arg(p.header.at(c), meaning));
            item->setData(ListColumnIdRole, p.header.at(c));
            if (!column)
                item->setForeground(QColor(0x8a, 0x94, 0xa0));
            m_preview->setHorizontalHeaderItem(c, item);
            if (column)
                understood << meaning;
        }
        for (int r = 0; r < p.rows.size(); ++r)
            for (int c = 0; c < p.header.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(shown(columns.value(c), p.rows.at(r).value(c))));
        if (!p.error.isEmpty()) {
            m_banner->showError(p.error);
            m_understood->setText(QString());
        } else {
            const QString delimiter = p.delimiter == u'\t'  ? tr("tab")
                                      : p.delimiter == u';' ? tr("semicolon")
                                                            : tr("comma");
            m_understood->setText(
                tr("Read as %1, fields separated by %2. Columns understood: %3. The first %4 rows are shown.")
                    .arg(p.encoding, delimiter, understood.isEmpty() ? tr("none") : understood.join(tr(", ")))
                    .arg(p.rows.size()));
        }
        setBusy(false);
    });
    watcher->setFuture(QtConcurrent::run(readPreview, path, encoding, kPreviewRows));
    setBusy(false);
}

Csv::ImportOptions ImportTab::options(bool checkOnly) const
{
    Csv::ImportOptions o;
    o.kind = Csv::ImportKind(m_kind->currentData().toInt());
    o.electionId = m_electionId;
    o.checkOnly = checkOnly;
    o.reader.encoding = m_encoding->currentData().toString();
    return o;
}

void ImportTab::start(bool checkOnly)
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_banner->showError(tr("Choose the file to import first."));
        m_file->setFocus();
        return;
    }
    m_banner->clearMessage();
    m_problems.clear();
    m_problemsTable->hide();
    m_saveProblems->hide();
    m_checkOnly = checkOnly;
    Csv::ImportOptions o = options(checkOnly);
    o.photoFolder = QFileInfo(path).absoluteDir();
    m_progress->setValue(0);
    setBusy(true);
    m_watcher.setFuture(m_connection.runWithProgress<Result<Csv::ImportOutcome>>(
        [path, o](QPromise<Result<Csv::ImportOutcome>>& promise, Database& db) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                promise.addResult(Result<Csv::ImportOutcome>(
                    Error{ErrorCode::InvalidInput, QCoreApplication::translate("Elect::ImportTab", "Cannot read %1: %2")
                                                       .arg(QFileInfo(path).fileName(), file.errorString())}));
                return;
            }
            promise.setProgressRange(0, 100);
            auto outcome = Csv::Importer(db).run(file, o, [&promise](const Csv::ImportProgress& p) {
                if (p.totalBytes > 0)
                    promise.setProgressValue(int(100 * p.bytes / p.totalBytes));
                return !promise.isCanceled();
            });
            promise.addResult(std::move(outcome));
        }));
}

void ImportTab::finished()
{
    setBusy(false);
    const QFuture<Result<Csv::ImportOutcome>> future = m_watcher.future();
    if (future.resultCount() == 0) {
        m_banner->showInfo(tr("Import cancelled; nothing was imported."));
        return;
    }
    const Result<Csv::ImportOutcome> outcome = future.result();
    if (!outcome) {
        m_banner->showError(outcome.code() == ErrorCode::Cancelled ? tr("Import cancelled; nothing was imported.")
                                                                   : outcome.message());
        return;
    }
    const bool voters = Csv::ImportKind(m_kind->currentData().toInt()) == Csv::ImportKind::Voters;
    if (!outcome->report.ok()) {
        m_problems = outcome->report.problems();
        m_problemsTable->setRowCount(int(m_problems.size()));
        for (int r = 0; r < m_problems.size(); ++r) {
            const Csv::Problem& p = m_problems.at(r);
            m_problemsTable->setItem(r, 0, new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString()));
            m_problemsTable->setItem(r, 1, new QTableWidgetItem(p.column));
            m_problemsTable->setItem(r, 2, new QTableWidgetItem(p.value));
            m_problemsTable->setItem(r, 3, new QTableWidgetItem(p.message));
            m_problemsTable->item(r, 3)->setToolTip(p.message);
        }
        m_problemsTable->show();
        m_saveProblems->show();
        const qint64 count = outcome->report.problemCount();
        QString text = tr("Problems: %1. Nothing was imported. Fix them in the file and import it again.")
                           .arg(QLocale().toString(count));
        if (count > m_problems.size())
            text += u' ' + tr("The first %1 are listed.").arg(QLocale().toString(m_problems.size()));
        m_banner->showError(text);
        return;
    }
    if (m_checkOnly) {
        m_banner->showInfo(
            tr("Rows checked: %1. No problems found; nothing was written yet.").arg(QLocale().toString(outcome->rows)));
        return;
    }
    m_banner->showInfo((voters ? tr("Voters imported: %1.") : tr("Candidates imported: %1."))
                           .arg(QLocale().toString(outcome->inserted)));
    Q_EMIT imported();
}

void ImportTab::saveProblems()
{
    auto* dialog = new QFileDialog(this, tr("Save the problems"), QFileInfo(m_file->text()).absolutePath(),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("saveProblemsDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QFileInfo(m_file->text()).completeBaseName() + tr("-problems") + QStringLiteral(".csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            m_banner->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return;
        }
        QString text =
            QStringList({tr("Line"), tr("Column"), tr("Value"), tr("What to do")}).join(u',') + QStringLiteral("\r\n");
        for (const Csv::Problem& p : std::as_const(m_problems))
            text += QStringList({p.line > 0 ? QString::number(p.line) : QString(), csvField(p.column),
                                 csvField(p.value), csvField(p.message)})
                        .join(u',') +
                    QStringLiteral("\r\n");
        // With a byte order mark, so that spreadsheets read Arabic messages as UTF-8.
        file.write("\xEF\xBB\xBF" + text.toUtf8());
        if (!file.commit())
            m_banner->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        else
            m_banner->showInfo(tr("The problems were saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void ImportTab::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_choose),
                       static_cast<QWidget*>(m_encoding)})
        w->setEnabled(!busy);
    const bool ready = !busy && !m_previewing && !m_file->text().trimmed().isEmpty();
    m_check->setEnabled(ready);
    m_import->setEnabled(ready);
}

} // namespace Elect
