#include "candidates/CandidateDialog.h"

#include "candidates/ImageDropField.h"
#include "shell/DateTimeFields.h"
#include "shell/MessageBanner.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

CandidateDialog::CandidateDialog(const CandidateDetails& candidate, ElectionType type, QWidget* parent)
    : QDialog(parent), m_adding(candidate.id == 0), m_original(candidate), m_banner(new MessageBanner(this)),
      m_name(new QLineEdit(candidate.name, this)), m_party(new QLineEdit(candidate.party, this)),
      m_district(new QLineEdit(candidate.district, this)), m_governorate(new QLineEdit(candidate.governorate, this)),
      m_hasBirthDate(new QCheckBox(tr("Known"), this)), m_birthDate(new QDateEdit(this)),
      m_description(new QPlainTextEdit(candidate.description, this)),
      m_symbolName(new QLineEdit(candidate.symbolName, this)), m_photo(new ImageDropField(tr("photo"), this)),
      m_symbol(new ImageDropField(tr("symbol"), this)), m_busyBar(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("candidateDialog"));
    setWindowTitle(m_adding ? tr("Add a candidate") : tr("Edit the candidate"));
    m_banner->setObjectName(QStringLiteral("candidateMessage"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    if (m_adding) {
        m_nationalId = new QLineEdit(this);
        m_nationalId->setObjectName(QStringLiteral("nationalIdEdit"));
        m_nationalId->setMaxLength(64);
        m_nationalId->setToolTip(tr("Stored only in protected form (HMAC): it is never shown again."));
        form->addRow(tr("&National id"), m_nationalId);
        connect(m_nationalId, &QLineEdit::textChanged, this, &CandidateDialog::updateOk);
    }
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(200);
    m_party->setObjectName(QStringLiteral("partyEdit"));
    m_district->setObjectName(QStringLiteral("districtEdit"));
    m_governorate->setObjectName(QStringLiteral("governorateEdit"));
    m_hasBirthDate->setObjectName(QStringLiteral("hasBirthDateCheck"));
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setCalendarPopup(true);
    setUpDateTimeEdit(m_birthDate, m_birthDate->displayFormat()); // the locale's date, day first in Arabic too
    m_birthDate->setDate(candidate.birthDate.isValid() ? candidate.birthDate : QDate(1980, 1, 1));
    m_birthDate->setMaximumDate(QDate::currentDate());
    m_hasBirthDate->setChecked(candidate.birthDate.isValid());
    m_birthDate->setEnabled(candidate.birthDate.isValid());
    connect(m_hasBirthDate, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    m_symbolName->setObjectName(QStringLiteral("symbolNameEdit"));
    m_photo->setObjectName(QStringLiteral("photoField"));
    m_photo->setBytes(candidate.photo);
    m_symbol->setObjectName(QStringLiteral("symbolField"));
    m_symbol->setBytes(candidate.symbol);
    connect(m_name, &QLineEdit::textChanged, this, &CandidateDialog::updateOk);

    form->addRow(tr("N&ame"), m_name);
    form->addRow(tr("&Party"), m_party);
    // Where the election's type reads it; a value already stored stays visible.
    if (type == ElectionType::District || !candidate.district.isEmpty())
        form->addRow(tr("&District"), m_district);
    else
        m_district->hide();
    if (type == ElectionType::GovernorateBased || !candidate.governorate.isEmpty())
        form->addRow(tr("&Governorate"), m_governorate);
    else
        m_governorate->hide();
    // "Known" on a line of its own and the date under it, at the date's own width: beside the date, the box and
    // its text were squeezed against it, and a date as wide as the form looked like a text to fill in.
    auto* birth = new QVBoxLayout;
    birth->setSpacing(6);
    birth->addWidget(m_hasBirthDate);
    birth->addWidget(m_birthDate, 0, Qt::AlignLeading);
    auto* birthLabel = new QLabel(tr("&Birth date"), this);
    birthLabel->setBuddy(m_hasBirthDate);
    form->addRow(birthLabel, birth);
    form->addRow(tr("D&escription"), m_description);
    form->addRow(tr("S&ymbol's name"), m_symbolName);
    // Each box under its own name: side by side and nameless, the two looked alike.
    auto* images = new QHBoxLayout;
    const std::pair<ImageDropField*, QString> boxes[] = {{m_photo, tr("Photo")}, {m_symbol, tr("Symbol")}};
    for (const auto& [field, caption] : boxes) {
        auto* column = new QVBoxLayout;
        column->setSpacing(4);
        auto* label = new QLabel(caption, this);
        label->setObjectName(field->objectName() + QStringLiteral("Caption"));
        column->addWidget(label);
        column->addWidget(field);
        images->addLayout(column);
    }
    images->addStretch();
    form->addRow(tr("Photo and symbol"), images);
    auto* imageHint = new QLabel(tr("Drop an image on either box, or choose a file: PNG, JPEG or WebP, up to 5 MB, "
                                    "at least 64 pixels a side. It is re-encoded without its metadata."),
                                 this);
    imageHint->setWordWrap(true);
    imageHint->setStyleSheet(QStringLiteral("color: #5b6675;"));
    form->addRow(QString(), imageHint);

    for (ImageDropField* field : {m_photo, m_symbol}) {
        connect(field, &ImageDropField::failed, this, &CandidateDialog::showError);
        connect(field, &ImageDropField::changed, m_banner, &MessageBanner::clearMessage);
        connect(field, &ImageDropField::loadingChanged, this, &CandidateDialog::updateOk);
    }

    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    m_ok = m_buttons->addButton(m_adding ? tr("&Add") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CandidateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyBar);
    bottom->addStretch();
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(bottom);
    // Grows when a message appears above the form, rather than squeezing the images.
    updateOk();
    if (m_nationalId)
        m_nationalId->setFocus();
}

CandidateDetails CandidateDialog::candidate() const
{
    CandidateDetails c = m_original;
    c.name = m_name->text().trimmed();
    c.party = m_party->text().trimmed();
    c.district = m_district->text().trimmed();
    c.governorate = m_governorate->text().trimmed();
    c.birthDate = m_hasBirthDate->isChecked() ? m_birthDate->date() : QDate();
    c.description = m_description->toPlainText().trimmed();
    c.symbolName = m_symbolName->text().trimmed();
    c.photo = m_photo->bytes();
    c.symbol = m_symbol->bytes();
    return c;
}

QString CandidateDialog::nationalId() const
{
    return m_nationalId ? m_nationalId->text() : QString();
}

void CandidateDialog::showError(const QString& message)
{
    m_banner->showError(message);
    growToFit();
}

bool CandidateDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // A photo shown, a message, a wrapped hint: what makes the form taller grows the dialog rather than
    // squeezing the images under the hint.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        growToFit();
    return handled;
}

void CandidateDialog::growToFit()
{
    // Word-wrapped labels make the layout's minimum height depend on the width: ask for that height.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void CandidateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    updateOk();
}

void CandidateDialog::updateOk()
{
    const bool filled = !m_name->text().trimmed().isEmpty() && (!m_nationalId || !m_nationalId->text().isEmpty());
    m_ok->setEnabled(filled && !m_busy && !m_photo->isLoading() && !m_symbol->isLoading());
}

void CandidateDialog::submit()
{
    if (!m_ok->isEnabled())
        return;
    m_banner->clearMessage();
    Q_EMIT submitted();
}

} // namespace Elect
