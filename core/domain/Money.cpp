#include "core/domain/Money.h"

#include <QStringList>

namespace Elect::Money {

int decimals(const QString& currency)
{
    static const QStringList zero{
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("MGA"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
                                   QStringLiteral("OMR"), QStringLiteral("TND")};
    const QString c = currency.trimmed().toUpper();
    if (zero.contains(c))
        return 0;
    if (three.contains(c))
        return 3;
    return 2;
}

QString format(qint64 minor, const QString& currency)
{
    const int places = decimals(currency);
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
    quint64 unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    QString text = sign + QString::number(magnitude / unit);
    if (places > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % unit, places, 10, QLatin1Char('0'));
    return text + QLatin1Char(' ') + currency.trimmed().toUpper();
}

std::optional<qint64> parse(const QString& text, const QString& currency)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    const int places = decimals(currency);
    const int dot = int(t.indexOf(QLatin1Char('.')));
    QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 9 || fraction.size() > places || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QString& part : {whole, fraction})
        for (QChar c : part)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
    fraction = fraction.leftJustified(places, QLatin1Char('0'));
    qint64 value = whole.toLongLong();
    for (int i = 0; i < places; ++i)
        value *= 10;
    value += fraction.isEmpty() ? 0 : fraction.toLongLong();
    if (value <= 0 || value > 99999999)
        return std::nullopt;
    return value;
}

} // namespace Elect::Money
