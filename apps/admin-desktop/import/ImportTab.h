#pragma once

#include "core/csv/Importer.h"
#include "core/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Elect {

class Connection;
class MessageBanner;

/// The election workspace's Import tab (Ctrl+I): voters or candidates from a CSV file, all or nothing.
/// The file's encoding is detected and can be changed; the first rows are previewed with the columns as
/// the import understands them (national ids and phones masked); the import runs on the connection's
/// thread with a progress bar and Cancel; the problems are listed (line, column, masked value, what to do)
/// and can be saved as CSV. Nothing is imported while any problem remains (Csv::Importer's promise).
class ImportTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    ImportTab(Connection& connection, qint64 electionId, QWidget* parent = nullptr);

    /// True from Import (or Check) until its outcome is on screen.
    bool isBusy() const { return m_busy; }
    bool isPreviewing() const { return m_previewing; }
    /// The problems of the last check or import.
    const QList<Csv::Problem>& problems() const { return m_problems; }

public Q_SLOTS:
    /// Shows this tab and puts the focus on the file (Ctrl+I).
    void begin();

Q_SIGNALS:
    /// Rows were written into the election.
    void imported();

private:
    void chooseFile();
    void loadPreview();
    void start(bool checkOnly);
    void finished();
    void saveProblems();
    Csv::ImportOptions options(bool checkOnly) const;
    void setBusy(bool busy);

    Connection& m_connection;
    qint64 m_electionId;
    QComboBox* m_kind;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QComboBox* m_encoding;
    QLabel* m_understood;
    QTableWidget* m_preview;
    QPushButton* m_check;
    QPushButton* m_import;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    MessageBanner* m_banner;
    QTableWidget* m_problemsTable;
    QPushButton* m_saveProblems;
    QFutureWatcher<Result<Csv::ImportOutcome>> m_watcher;
    QList<Csv::Problem> m_problems;
    bool m_previewing = false;
    bool m_busy = false;
    bool m_checkOnly = false;
    int m_previewGeneration = 0;
};

} // namespace Elect
