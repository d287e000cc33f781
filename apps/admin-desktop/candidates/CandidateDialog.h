#pragma once

#include "core/db/CandidateRepository.h"
#include "core/domain/Types.h"

#include <QDialog>

class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Elect {

class ImageDropField;
class MessageBanner;

/// Adds or edits one candidate: national id (when adding; it is never shown again), name, party, the
/// district or governorate when the election's type needs one, birth date, description, the symbol's name,
/// and the photo and symbol (ImageDropField). The dialog only collects: the caller saves on submitted() and
/// calls finish() or showError(), so that nothing typed is lost when the database refuses.
class CandidateDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adding when \a candidate.id is 0, editing otherwise.
    CandidateDialog(const CandidateDetails& candidate, ElectionType type, QWidget* parent = nullptr);

    CandidateDetails candidate() const;
    QString nationalId() const;
    bool isAdding() const { return m_adding; }

    void showError(const QString& message);
    void setBusy(bool busy);

Q_SIGNALS:
    void submitted();

protected:
    bool event(QEvent* event) override;

private:
    void submit();
    void updateOk();
    void growToFit();

    bool m_adding;
    CandidateDetails m_original;
    MessageBanner* m_banner;
    QLineEdit* m_nationalId = nullptr;
    QLineEdit* m_name;
    QLineEdit* m_party;
    QLineEdit* m_district;
    QLineEdit* m_governorate;
    QCheckBox* m_hasBirthDate;
    QDateEdit* m_birthDate;
    QPlainTextEdit* m_description;
    QLineEdit* m_symbolName;
    ImageDropField* m_photo;
    ImageDropField* m_symbol;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
    bool m_busy = false;
};

} // namespace Elect
