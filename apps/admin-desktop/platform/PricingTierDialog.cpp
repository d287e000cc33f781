#include "platform/PricingTierDialog.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "platform/PricingTierModel.h"
#include "shell/MessageBanner.h"

#include "core/db/PlatformRepository.h"
#include "core/domain/Digits.h"
#include "core/domain/Money.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace Elect {

namespace {

// What a person typed, with Arabic-Indic digits read as ASCII ones (an Arabic keyboard types those).
QString asciiDigits(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const int value = Digits::valueOf(c.unicode());
        out += value >= 0 ? QChar(u'0' + value) : (c == QChar(0x066B) ? QChar(u'.') : c); // ٫ decimal separator
    }
    return out;
}

std::optional<qint64> parsePrice(const QString& typed, const QString& currency)
{
    const QString text = asciiDigits(typed).trimmed();
    static const QRegularExpression zero(QStringLiteral("^0+([.,]0*)?$"));
    if (zero.match(text).hasMatch())
        return 0; // a free tier
    return Money::parse(text, currency);
}

} // namespace

PricingTierDialog::PricingTierDialog(Connection& connection, std::optional<PricingTier> existing, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_existing(std::move(existing)), m_currency(new QLineEdit(this)),
      m_min(new QSpinBox(this)), m_max(new QSpinBox(this)), m_unbounded(new QCheckBox(tr("No upper limit"), this)),
      m_price(new QLineEdit(this)), m_preview(new QLabel(this)), m_banner(new MessageBanner(this)), m_save(nullptr)
{
    setObjectName(QStringLiteral("pricingTierDialog"));
    setWindowTitle(m_existing ? tr("Change pricing tier") : tr("New pricing tier"));
    const PricingTier start = m_existing.value_or(PricingTier{});

    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaxLength(3);
    m_currency->setText(start.currency);
    m_currency->setToolTip(tr("The ISO 4217 code of the wallet's currency, such as EGP or USD"));
    m_currency->setMaximumWidth(80);

    for (QSpinBox* spin : {m_min, m_max}) {
        spin->setRange(0, std::numeric_limits<int>::max());
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(140);
    }
    m_min->setObjectName(QStringLiteral("minVotersSpin"));
    m_max->setObjectName(QStringLiteral("maxVotersSpin"));
    m_unbounded->setObjectName(QStringLiteral("noUpperLimitCheck"));
    m_min->setValue(start.minVoters);
    m_max->setValue(start.maxVoters.value_or(std::max(start.minVoters, 1000)));
    m_unbounded->setChecked(m_existing && !start.maxVoters);
    m_max->setEnabled(!m_unbounded->isChecked());
    connect(m_unbounded, &QCheckBox::toggled, m_max, [this](bool on) { m_max->setEnabled(!on); });

    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setPlaceholderText(tr("for example 1500 or 1500.50; 0 for free"));
    if (m_existing)
        m_price->setText(Money::format(start.price, start.currency).section(u' ', 0, 0));

    m_preview->setObjectName(QStringLiteral("tierPreview"));
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_banner->setObjectName(QStringLiteral("tierMessage"));

    auto* maxRow = new QHBoxLayout;
    maxRow->addWidget(m_max);
    maxRow->addWidget(m_unbounded);
    maxRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&From (potential voters):"), m_min);
    auto* maxLabel = new QLabel(tr("&To (potential voters):"), this);
    maxLabel->setBuddy(m_max);
    form->addRow(maxLabel, maxRow);
    form->addRow(tr("&Price to publish:"), m_price);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveTierButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &PricingTierDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_currency, m_price})
        connect(edit, &QLineEdit::textChanged, this, &PricingTierDialog::updatePreview);
    for (QSpinBox* spin : {m_min, m_max})
        connect(spin, &QSpinBox::valueChanged, this, &PricingTierDialog::updatePreview);
    connect(m_unbounded, &QCheckBox::toggled, this, &PricingTierDialog::updatePreview);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updatePreview();
    (m_existing ? static_cast<QWidget*>(m_price) : m_min)->setFocus();
}

std::optional<PricingTier> PricingTierDialog::tier() const
{
    PricingTier t;
    t.id = m_existing ? m_existing->id : 0;
    t.currency = m_currency->text().trimmed().toUpper();
    t.minVoters = m_min->value();
    if (!m_unbounded->isChecked())
        t.maxVoters = m_max->value();
    const auto price = parsePrice(m_price->text(), t.currency.size() == 3 ? t.currency : QStringLiteral("EGP"));
    if (!price)
        return std::nullopt;
    t.price = *price;
    return t;
}

void PricingTierDialog::updatePreview()
{
    const auto t = tier();
    if (!t || t->currency.size() != 3) {
        m_preview->setText(tr("Enter a three-letter currency and the price in it."));
        return;
    }
    m_preview->setText(tr("Publishing an election of %1 will cost %2.")
                           .arg(PricingTierModel::votersText(*t), Money::format(t->price, t->currency)));
}

void PricingTierDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QWidget* w : std::initializer_list<QWidget*>{m_currency, m_min, m_max, m_unbounded, m_price, m_save})
        w->setEnabled(!saving);
    if (!saving)
        m_max->setEnabled(!m_unbounded->isChecked());
}

void PricingTierDialog::save()
{
    if (m_saving)
        return;
    const auto t = tier();
    if (!t) {
        m_banner->showError(tr("The price is not an amount. Type it in %1 with digits, for example 1500 or 1500.50 "
                               "(at most 999,999.99), or 0 for a free tier.")
                                .arg(m_currency->text().trimmed().toUpper()));
        m_price->setFocus();
        return;
    }
    setSaving(true);
    m_banner->clearMessage();
    const PricingTier tier = *t;
    const std::optional<qint64> existingId = m_existing ? std::optional<qint64>(m_existing->id) : std::nullopt;
    whenReady(m_connection.run([tier, existingId](Database& db) {
        return existingId ? PlatformRepository(db).changePricingTier(*existingId, tier)
                          : PlatformRepository(db).addPricingTier(tier);
    }),
              this, [this](Result<qint64> id) {
                  setSaving(false);
                  if (!id) {
                      m_banner->showError(id.message());
                      return;
                  }
                  m_savedId = *id;
                  accept();
              });
}

} // namespace Elect
