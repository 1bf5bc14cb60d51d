#include "Decimal.h"

#include <QRegularExpression>

namespace Decimal
{

bool isValid(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return pattern.match(value).hasMatch();
}

QString round(const QString& value, int places)
{
    if (!isValid(value) || places < 0)
        return {};
    const bool negative = value.startsWith(u'-');
    QString digits = negative ? value.mid(1) : value;
    const int dot = static_cast<int>(digits.indexOf(u'.'));
    QString whole = dot < 0 ? digits : digits.left(dot);
    QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    const bool roundUp = fraction.size() > places && fraction.at(places) >= u'5';
    fraction = fraction.left(places).leftJustified(places, u'0');
    // Add one unit in the last place by decimal carry over the concatenated digits.
    QString all = whole + fraction;
    if (roundUp) {
        int i = static_cast<int>(all.size()) - 1;
        while (i >= 0) {
            if (all[i] == u'9') {
                all[i] = u'0';
                --i;
            } else {
                all[i] = QChar(all[i].unicode() + 1);
                break;
            }
        }
        if (i < 0)
            all.prepend(u'1');
    }
    whole = all.left(all.size() - places);
    fraction = all.right(places);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    QString result = places > 0 ? whole + u'.' + fraction : whole;
    const bool isZero = !result.contains(QRegularExpression(QStringLiteral("[1-9]")));
    return negative && !isZero ? u'-' + result : result;
}

QString formatUsd(const QString& value)
{
    QString rounded = round(value, 2);
    if (rounded.isEmpty())
        return {};
    const bool negative = rounded.startsWith(u'-');
    if (negative)
        rounded.remove(0, 1);
    const int dot = static_cast<int>(rounded.indexOf(u'.'));
    QString whole = rounded.left(dot);
    for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + whole + rounded.mid(dot);
}

} // namespace Decimal
