#pragma once

#include "languagemanager.h"
#include "reports/reportwriter.h"

#include "core/result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <utility>

class QIODevice;
class QPdfWriter;
class QSaveFile;
class QTextDocument;

namespace Nigran::Gui {

/// What the PDF reports share (ReportWriter, MonitoringReport): the page geometry, fixed texts in
/// the report's language and the writing of the file.
namespace Reports {

constexpr int Dpi = 300;
constexpr double BaseFontPt = 9.0;
constexpr double UrduFontPt = 10.0;
/// Space between the header or footer and the body, in device pixels (1/300 in).
constexpr int BandGap = 36;

/// Noto Nastaliq Urdu when it is installed, else empty.
QString urduFamily();
/// One fixed text of a report in the report's language.
inline QString pick(Language language, const QString &english, const QString &urdu)
{
    return language == Language::Urdu ? urdu : english;
}
/// Pakistan Standard Time: UTC+5, no daylight saving time (DOMAIN.md).
inline QTimeZone pakistanTime()
{
    return QTimeZone(5 * 3600);
}
inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
/// Urdu text, in Nastaliq when it is installed, whatever the report's language.
QString urduSpan(const QString &text);

} // namespace Reports

/// The header, the body and the footer of a report, laid out on A4 pages: each page carries the
/// office, the district, the title, when and by whom it was made, the page number and the
/// "CONFIDENTIAL" footer, in the report's direction.
class ReportPage
{
public:
    ReportPage(Language language, const ReportHeader &header, QString title)
        : m_language(language)
        , m_header(header)
        , m_title(std::move(title))
    { }

    /// An image the body refers to as <img src="`name`">.
    void addImage(const QString &name, const QImage &image) { m_images.append({ name, image }); }

    /// The body's text width in device pixels (1/Dpi in) on an A4 page.
    static qreal bodyWidth();

    /// Renders `bodyHtml` into `device` as a PDF; false when painting could not start.
    bool render(QIODevice &device, const QString &bodyHtml);

private:
    void prepare(QTextDocument &doc, QPdfWriter &writer, qreal width) const;
    QString text(const char16_t *english, const char16_t *urdu) const;
    QFont font(double points, bool bold) const;
    QString districtName() const;

    Language m_language;
    const ReportHeader &m_header;
    QString m_title;
    QList<std::pair<QString, QImage>> m_images;
};

namespace Reports {

/// Opens the chosen destination (InvalidInput when none was chosen, Io when it cannot be written).
[[nodiscard]] Models::Result<> openDestination(QSaveFile &file);
/// Renders the report into `file` and commits it; nothing is left behind on failure.
[[nodiscard]] Models::Result<> writePdf(QSaveFile &file, ReportPage &report, const QString &bodyHtml);

} // namespace Reports

} // namespace Nigran::Gui
