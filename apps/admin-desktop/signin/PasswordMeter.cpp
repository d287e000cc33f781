#include "signin/PasswordMeter.h"

#include "core/domain/PasswordStrength.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Elect {

PasswordMeter::PasswordMeter(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_words(new QLabel(this)), m_advice(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Password strength"));
    m_words->setObjectName(QStringLiteral("strengthWords"));
    m_advice->setObjectName(QStringLiteral("strengthAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setStyleSheet(QStringLiteral("color: #5b6675;"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_words);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_advice);
    setPassword(QString(), {});
}

QString PasswordMeter::words() const
{
    if (m_score < 0)
        return tr("Strength: type a password");
    switch (m_score) {
    case 0:
        return tr("Strength: very weak");
    case 1:
        return tr("Strength: weak");
    case 2:
        return tr("Strength: fair, not enough");
    case 3:
        return m_acceptable ? tr("Strength: strong") : tr("Strength: too short");
    default:
        return m_acceptable ? tr("Strength: very strong") : tr("Strength: too short");
    }
}

QString PasswordMeter::advice() const
{
    return m_advice->text();
}

void PasswordMeter::setPassword(const QString& password, const QStringList& userInputs)
{
    if (password.isEmpty()) {
        m_score = -1;
        m_acceptable = false;
        m_bar->setValue(0);
        m_advice->setText(tr("Use at least %n characters; a few unrelated words are easy to remember and hard to "
                             "guess.",
                             nullptr, PasswordStrength::kMinimumLength));
    } else {
        const PasswordEstimate e = PasswordStrength::estimate(password, userInputs);
        m_score = e.score;
        m_acceptable = e.acceptable();
        m_bar->setValue(std::max(1, e.score));
        // The warning and the first suggestion: more does not fit beside a form, and helps no more.
        QStringList advice;
        if (!m_acceptable) {
            if (!e.warning.isEmpty())
                advice << e.warning;
            if (!e.suggestions.isEmpty())
                advice << e.suggestions.first();
            if (advice.isEmpty())
                advice << tr("Make it longer: add another word or two.");
        }
        m_advice->setText(advice.join(u' '));
    }
    m_words->setText(words());
    m_advice->setVisible(!m_advice->text().isEmpty());
    // The colour repeats what the words say.
    const char* colour = m_score < 0 ? "#c8ced6" : !m_acceptable ? (m_score <= 1 ? "#c0392b" : "#d68910") : "#1e8449";
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: #e3e8ee; border-radius: 3px; }"
                                        " QProgressBar::chunk { background: %1; border-radius: 3px; }")
                             .arg(QLatin1String(colour)));
}

} // namespace Elect
