#pragma once

#include <QRegularExpression>
#include <QString>

namespace Nigran::Gui::BidiText {

/// Digits and Latin text that must read left to right inside Urdu text: after an Arabic-script
/// letter the bidi algorithm would turn "2024-03-01" into "01-03-2024". A left-to-right mark on
/// either side keeps the run in order (and is invisible in English). Used by the reports.
inline QString ltr(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x200E) + text + QChar(0x200E);
}

/// `text` as a left-to-right isolate (U+2066 LRI … U+2069 PDI): inside right-to-left text it is laid
/// out on its own, left to right, and does not reorder with its neighbours — "1999-05-31" stays
/// 1999-05-31 after "عمر" or after a colon. Invisible; harmless in left-to-right text.
inline QString isolate(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

/// `text` with every number run — digits joined by - / . : , (dates, times, CNICs, 3,650) and a
/// leading sign — wrapped in an isolate (isolate()); already isolated runs are left alone.
inline QString isolateNumbers(const QString &text)
{
    static const QRegularExpression run(
        QStringLiteral("\u2066[^\u2069]*\u2069|[+-]?[0-9]+(?:[-/.:,][0-9]+)*"));
    QString result;
    qsizetype done = 0;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(done, match.capturedStart() - done);
        const QString found = match.captured();
        result += found.startsWith(QChar(0x2066)) ? found : isolate(found);
        done = match.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result;
}

} // namespace Nigran::Gui::BidiText
