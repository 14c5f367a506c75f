#pragma once

#include "languagemanager.h"
#include "reports/reportpage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace Nigran::Gui {

/// Builds the HTML body of a report: sections, key–value tables and data tables, in the report's
/// direction.
class ReportHtml
{
public:
    explicit ReportHtml(Language language)
        : m_language(language)
    { }

    Language language() const { return m_language; }
    QString dir() const
    {
        return m_language == Language::Urdu ? QStringLiteral(" dir=\"rtl\" align=\"right\"")
                                            : QStringLiteral(" dir=\"ltr\"");
    }

    void heading(const QString &html)
    {
        m_html += QStringLiteral("<h2%1 style=\"font-size:13pt; margin-top:14px; margin-bottom:6px\">%2</h2>")
                      .arg(dir(), html);
    }
    void section(const QString &html)
    {
        m_html += QStringLiteral("<h3%1 style=\"font-size:11pt; margin-top:24px; margin-bottom:8px; "
                                 "color:#1f3a5f\">%2</h3>")
                      .arg(dir(), html);
    }
    void subSection(const QString &html)
    {
        m_html += QStringLiteral("<p%1 style=\"font-weight:bold; margin-top:14px; margin-bottom:4px\">%2</p>")
                      .arg(dir(), html);
    }
    void paragraph(const QString &html) { m_html += QStringLiteral("<p%1>%2</p>").arg(dir(), html); }
    void note(const QString &html)
    {
        m_html += QStringLiteral("<p%1 style=\"font-size:7.5pt; color:#444444\">%2</p>").arg(dir(), html);
    }
    void none()
    {
        paragraph(QStringLiteral("<i>%1</i>")
                      .arg(Reports::pick(m_language, QStringLiteral("None recorded."),
                          QStringLiteral("کوئی اندراج نہیں۔"))));
    }

    /// Label–value rows; values are HTML.
    void fields(const QList<std::pair<QString, QString>> &rows)
    {
        // Qt lays table columns out left to right whatever the direction: Urdu tables are mirrored
        // here, the label on the right.
        const bool urdu = m_language == Language::Urdu;
        QString html = tableStart();
        for (const auto &[label, value] : rows) {
            const QString labelCell = QStringLiteral("<td width=\"28%\" bgcolor=\"#eef1f5\"%1><b>%2</b></td>")
                                          .arg(cellAlign(), Reports::esc(label));
            const QString valueCell = QStringLiteral("<td%1>%2</td>")
                                          .arg(cellAlign(), value.isEmpty() ? QStringLiteral("—") : value);
            html += QStringLiteral("<tr>%1%2</tr>")
                        .arg(urdu ? valueCell : labelCell, urdu ? labelCell : valueCell);
        }
        m_html += html + QStringLiteral("</table>");
    }

    /// A table with a header row; cells are HTML.
    void table(const QStringList &headers, const QList<QStringList> &rows)
    {
        const bool urdu = m_language == Language::Urdu;
        const auto ordered = [urdu](QStringList cells) {
            if (urdu)
                std::reverse(cells.begin(), cells.end());
            return cells;
        };
        QString html = tableStart() + QStringLiteral("<thead><tr>");
        for (const QString &header : ordered(headers))
            html
                += QStringLiteral("<th bgcolor=\"#dde3ea\"%1>%2</th>").arg(cellAlign(), Reports::esc(header));
        html += QStringLiteral("</tr></thead>");
        for (const QStringList &row : rows) {
            html += QStringLiteral("<tr>");
            for (const QString &cell : ordered(row))
                html += QStringLiteral("<td%1>%2</td>")
                            .arg(cellAlign(), cell.isEmpty() ? QStringLiteral("—") : cell);
            html += QStringLiteral("</tr>");
        }
        m_html += html + QStringLiteral("</table>");
    }

    QString html() const { return QStringLiteral("<html><body%1>%2</body></html>").arg(dir(), m_html); }

private:
    QString tableStart() const
    {
        return QStringLiteral("<table%1 width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\" "
                              "style=\"border-color:#9aa5b1; border-style:solid; margin-bottom:6px\">")
            .arg(dir());
    }
    QString cellAlign() const
    {
        return m_language == Language::Urdu ? QStringLiteral(" align=\"right\"") : QString();
    }

    Language m_language;
    QString m_html;
};

} // namespace Nigran::Gui
