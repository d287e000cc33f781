#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace Elect {

/// How hard the password being typed is to guess (PasswordStrength, the estimate `elect serve` applies
/// too): a bar, the strength in words (never colour alone) and, while it is too weak, what to do about it.
class PasswordMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordMeter(QWidget* parent = nullptr);

    /// Estimates \a password; \a userInputs are the form's other values (names, email, organization).
    void setPassword(const QString& password, const QStringList& userInputs);
    bool acceptable() const { return m_acceptable; }
    int score() const { return m_score; }
    QString words() const;
    /// What to do to make the password acceptable, a sentence (empty once it is).
    QString advice() const;

private:
    QProgressBar* m_bar;
    QLabel* m_words;
    QLabel* m_advice;
    bool m_acceptable = false;
    int m_score = -1;
};

} // namespace Elect
