#include <models/common/Decimal.h>

#include <QRegularExpression>

#include <limits>

#include <algorithm>

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

namespace
{
// A decimal as sign and an unsigned digit string with `scale` digits after the (implied) point.
struct Fixed
{
    bool negative = false;
    QString digits; // no point, at least scale + 1 digits
};

Fixed toFixed(const QString& value, int scale)
{
    Fixed fixed;
    fixed.negative = value.startsWith(u'-');
    const QString body = fixed.negative ? value.mid(1) : value;
    const int dot = static_cast<int>(body.indexOf(u'.'));
    const QString whole = dot < 0 ? body : body.left(dot);
    const QString fraction = dot < 0 ? QString() : body.mid(dot + 1);
    fixed.digits = whole + fraction.leftJustified(scale, u'0');
    return fixed;
}

int scaleOf(const QString& value)
{
    const int dot = static_cast<int>(value.indexOf(u'.'));
    return dot < 0 ? 0 : static_cast<int>(value.size()) - dot - 1;
}

int compareMagnitude(QString a, QString b)
{
    const int width = static_cast<int>(std::max(a.size(), b.size()));
    a = a.rightJustified(width, u'0');
    b = b.rightJustified(width, u'0');
    return a < b ? -1 : (a > b ? 1 : 0);
}

QString addMagnitudes(const QString& a, const QString& b)
{
    QString out;
    int carry = 0;
    for (int i = static_cast<int>(a.size()) - 1, j = static_cast<int>(b.size()) - 1; i >= 0 || j >= 0 || carry;
         --i, --j) {
        const int sum = (i >= 0 ? a[i].digitValue() : 0) + (j >= 0 ? b[j].digitValue() : 0) + carry;
        out.prepend(QChar(u'0' + sum % 10));
        carry = sum / 10;
    }
    return out;
}

// a >= b in magnitude
QString subtractMagnitudes(const QString& a, const QString& b)
{
    QString out;
    int borrow = 0;
    for (int i = static_cast<int>(a.size()) - 1, j = static_cast<int>(b.size()) - 1; i >= 0; --i, --j) {
        int diff = a[i].digitValue() - (j >= 0 ? b[j].digitValue() : 0) - borrow;
        borrow = diff < 0 ? 1 : 0;
        out.prepend(QChar(u'0' + (diff + 10) % 10));
    }
    return out;
}

QString fromFixed(bool negative, QString digits, int scale)
{
    digits = digits.rightJustified(scale + 1, u'0');
    QString whole = digits.left(digits.size() - scale);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    const QString fraction = digits.right(scale);
    const QString text = scale > 0 ? whole + u'.' + fraction : whole;
    const bool zero = !text.contains(QRegularExpression(QStringLiteral("[1-9]")));
    return negative && !zero ? u'-' + text : text;
}

QString addSigned(const QString& a, const QString& b, bool negateB)
{
    if (!isValid(a) || !isValid(b))
        return {};
    const int scale = std::max(scaleOf(a), scaleOf(b));
    const Fixed x = toFixed(a, scale);
    Fixed y = toFixed(b, scale);
    if (negateB)
        y.negative = !y.negative;
    if (x.negative == y.negative)
        return fromFixed(x.negative, addMagnitudes(x.digits, y.digits), scale);
    const int order = compareMagnitude(x.digits, y.digits);
    if (order >= 0)
        return fromFixed(
            x.negative, subtractMagnitudes(x.digits.rightJustified(y.digits.size(), u'0'), y.digits), scale);
    return fromFixed(y.negative, subtractMagnitudes(y.digits.rightJustified(x.digits.size(), u'0'), x.digits), scale);
}
} // namespace

bool toUnits(const QString& value, qint64* units)
{
    if (!isValid(value) || scaleOf(value) > 8)
        return false;
    const Fixed fixed = toFixed(value, 8);
    if (fixed.digits.size() > 18) // beyond qint64 once scaled
        return false;
    bool ok = false;
    const qint64 magnitude = fixed.digits.toLongLong(&ok);
    if (!ok)
        return false;
    *units = fixed.negative ? -magnitude : magnitude;
    return true;
}

bool toUnits(QByteArrayView value, qint64* units)
{
    // -?[0-9]+(\.[0-9]{1,8})? into value * 10^8.
    constexpr int kScale = 8;
    qsizetype at = 0;
    const bool negative = !value.isEmpty() && value.at(0) == '-';
    if (negative)
        ++at;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const qsizetype wholeStart = at;
    quint64 magnitude = 0;
    constexpr quint64 kLimit = quint64(std::numeric_limits<qint64>::max());
    const auto push = [&](char digit) {
        if (magnitude > (kLimit - quint64(digit - '0')) / 10)
            return false;
        magnitude = magnitude * 10 + quint64(digit - '0');
        return true;
    };
    while (at < value.size() && isDigit(value.at(at))) {
        if (!push(value.at(at)))
            return false;
        ++at;
    }
    if (at == wholeStart)
        return false;
    int decimals = 0;
    if (at < value.size() && value.at(at) == '.') {
        ++at;
        const qsizetype fractionStart = at;
        while (at < value.size() && isDigit(value.at(at))) {
            if (++decimals > kScale || !push(value.at(at)))
                return false;
            ++at;
        }
        if (at == fractionStart)
            return false;
    }
    if (at != value.size())
        return false;
    for (; decimals < kScale; ++decimals) {
        if (!push('0'))
            return false;
    }
    *units = negative ? -qint64(magnitude) : qint64(magnitude);
    return true;
}

QString fromUnits(qint64 units)
{
    const bool negative = units < 0;
    const QString digits = QString::number(negative ? -units : units);
    return fromFixed(negative, digits, 8);
}

QString add(const QString& a, const QString& b)
{
    return addSigned(a, b, false);
}

QString subtract(const QString& a, const QString& b)
{
    return addSigned(a, b, true);
}

int compare(const QString& a, const QString& b)
{
    const QString difference = subtract(a, b);
    if (difference.isEmpty() || !difference.contains(QRegularExpression(QStringLiteral("[1-9]"))))
        return 0;
    return difference.startsWith(u'-') ? -1 : 1;
}

QString formatUsd(const QString& value)
{
    return formatMoney(value, 2, QLocale::c()); // the C locale's form: "$1,234.57", "-$45.50"
}

} // namespace Decimal

QString Decimal::formatMoney(const QString& value, int places, const QLocale& locale)
{
    QString rounded = round(value, places);
    if (rounded.isEmpty())
        return {};
    const bool plain = locale.language() == QLocale::C; // as formatUsd: "$1,234.50", "-$45.50"
    const QLocale shown = plain ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const bool negative = rounded.startsWith(u'-');
    if (negative)
        rounded.remove(0, 1);
    const qsizetype dot = rounded.indexOf(u'.');
    QString whole = dot < 0 ? rounded : rounded.left(dot);
    const QString fraction = dot < 0 ? QString() : rounded.mid(dot + 1);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, shown.groupSeparator());
    const QString number = fraction.isEmpty() ? whole : whole + shown.decimalPoint() + fraction;
    // The locale's own pattern (symbol before or after, spacing, minus sign), learnt from formatting 7.
    const QString pattern = plain ? (negative ? QStringLiteral("-$7") : QStringLiteral("$7"))
                                  : shown.toCurrencyString(negative ? -7.0 : 7.0, QStringLiteral("$"), 0);
    const qsizetype seven = pattern.indexOf(u'7');
    if (seven < 0)
        return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + number;
    return pattern.left(seven) + number + pattern.mid(seven + 1);
}
