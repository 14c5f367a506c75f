#include "reports/reportpage.h"

#include "biditext.h"

#include "domain/districtlist.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace Nigran::Gui {

using namespace Nigran::Models;
using namespace Nigran::Gui::Reports;
using BidiText::ltr;

QString Reports::urduFamily()
{
    static const bool installed
        = QFontDatabase::families().contains(QString::fromLatin1(LanguageManager::UrduFontFamily));
    return installed ? QString::fromLatin1(LanguageManager::UrduFontFamily) : QString();
}

QString Reports::urduSpan(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QString family = urduFamily();
    return family.isEmpty()
        ? esc(text)
        : QStringLiteral("<span style=\"font-family:'%1'\">%2</span>").arg(family, esc(text));
}

qreal ReportPage::bodyWidth()
{
    // A4 is 210 mm wide; the margins are 15 mm on either side.
    return (210.0 - 2 * 15.0) / 25.4 * Dpi;
}

bool ReportPage::render(QIODevice &device, const QString &bodyHtml)
{
    QPdfWriter writer(&device);
    writer.setResolution(Dpi);
    writer.setCreator(QStringLiteral("Nigran"));
    writer.setTitle(m_title);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    // Header and footer are drawn with the painter: alignment follows the report's direction.
    painter.setLayoutDirection(m_language == Language::Urdu ? Qt::RightToLeft : Qt::LeftToRight);
    const qreal width = writer.width();
    const qreal height = writer.height();

    const QFont small = font(7.5, false);
    const QFont smallBold = font(7.5, true);
    const QFont titleFont = font(15, true);
    const QFontMetricsF smallMetrics(small, &writer);
    const QFontMetricsF titleMetrics(titleFont, &writer);
    const QString office = m_header.district.isEmpty()
        ? m_header.officeName
        : QStringLiteral("%1 · %2").arg(m_header.officeName, districtName());
    const QString generated = text(u"Generated %1 PKT by %2", u"تیار کردہ: %1 (پاکستانی وقت)، از %2")
                                  .arg(ltr(m_header.generatedAt.toTimeZone(pakistanTime())
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                      m_header.generatedBy);
    // Office and "generated" share a line when they fit, else each has its own.
    const qreal generatedWidth = smallMetrics.horizontalAdvance(generated);
    const bool oneLine = smallMetrics.horizontalAdvance(office) + generatedWidth + 60 < width;
    const qreal line = smallMetrics.height() * 1.2;
    const qreal titleTop = line * (oneLine ? 1 : 2) + 6;
    const qreal headerHeight = titleTop + titleMetrics.height() * 1.15 + BandGap;
    const qreal footerHeight = line + BandGap;
    const qreal bodyHeight = height - headerHeight - footerHeight;
    const QColor navy(0x1f, 0x3a, 0x5f);

    QTextDocument body;
    prepare(body, writer, width);
    for (const auto &[name, image] : std::as_const(m_images))
        body.addResource(QTextDocument::ImageResource, QUrl(name), image);
    body.setHtml(bodyHtml);
    body.setPageSize(QSizeF(width, bodyHeight));
    const int pages = std::max(1, body.pageCount());

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.setFont(small);
        painter.drawText(QRectF(0, 0, width, line), Qt::AlignLeading | Qt::AlignVCenter,
            smallMetrics.elidedText(office, Qt::ElideMiddle, oneLine ? width - generatedWidth - 60 : width));
        painter.drawText(QRectF(0, oneLine ? 0 : line, width, line),
            (oneLine ? Qt::AlignTrailing : Qt::AlignLeading) | Qt::AlignVCenter,
            smallMetrics.elidedText(generated, Qt::ElideMiddle, oneLine ? generatedWidth + 1 : width));
        painter.setFont(titleFont);
        painter.setPen(navy);
        painter.drawText(QRectF(0, titleTop, width, titleMetrics.height() * 1.15),
            Qt::AlignLeading | Qt::AlignVCenter, m_title);
        painter.setPen(QPen(navy, 4));
        painter.drawLine(
            QPointF(0, headerHeight - BandGap / 2.0), QPointF(width, headerHeight - BandGap / 2.0));

        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        body.drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
        painter.restore();

        const qreal footerTop = height - footerHeight + BandGap;
        painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 3));
        painter.drawLine(QPointF(0, footerTop - BandGap / 2.0), QPointF(width, footerTop - BandGap / 2.0));
        painter.setFont(smallBold);
        painter.setPen(QColor(0x8b, 0x00, 0x00));
        painter.drawText(QRectF(0, footerTop, width, line), Qt::AlignLeading | Qt::AlignVCenter,
            text(u"CONFIDENTIAL — Sex Offenders Register", u"خفیہ — جنسی مجرموں کا رجسٹر"));
        painter.setFont(small);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(0, footerTop, width, line), Qt::AlignTrailing | Qt::AlignVCenter,
            text(u"Page %1 of %2", u"صفحہ %1 از %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

void ReportPage::prepare(QTextDocument &doc, QPdfWriter &writer, qreal width) const
{
    // Lay out at the printer's resolution, so that point sizes are what they say on paper.
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("Noto Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(BaseFontPt);
    if (m_language == Language::Urdu && !urduFamily().isEmpty()) {
        font.setFamilies({ urduFamily(), QStringLiteral("Noto Sans") });
        font.setPointSizeF(UrduFontPt);
    }
    doc.setDefaultFont(font);
    QTextOption option = doc.defaultTextOption();
    if (m_language == Language::Urdu) {
        option.setTextDirection(Qt::RightToLeft);
        option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    }
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
    doc.setTextWidth(width);
}

QString ReportPage::text(const char16_t *english, const char16_t *urdu) const
{
    return pick(m_language, QString::fromUtf16(english), QString::fromUtf16(urdu));
}

QFont ReportPage::font(double points, bool bold) const
{
    QFont result(QStringLiteral("Noto Sans"));
    result.setStyleHint(QFont::SansSerif);
    if (m_language == Language::Urdu && !urduFamily().isEmpty()) {
        result.setFamilies({ urduFamily(), QStringLiteral("Noto Sans") });
        points += 1;
    }
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

QString ReportPage::districtName() const
{
    const auto found = DistrictList::builtIn().find(m_header.district);
    if (!found)
        return m_header.district;
    return m_language == Language::Urdu && !found->nameUr.isEmpty() ? found->nameUr : found->name;
}

Result<> Reports::writePdf(QSaveFile &file, ReportPage &report, const QString &bodyHtml)
{
    if (!report.render(file, bodyHtml)) {
        file.cancelWriting();
        return fail(
            ErrorCode::Io, ReportWriter::tr("Could not draw the report into %1.").arg(file.fileName()));
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
            ReportWriter::tr("Could not write the report to %1: %2")
                .arg(file.fileName(), file.errorString()));
    return {};
}

Result<> Reports::openDestination(QSaveFile &file)
{
    if (file.fileName().isEmpty())
        return fail(ErrorCode::InvalidInput, ReportWriter::tr("No file was chosen for the report."));
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            ReportWriter::tr("Could not write the report to %1: %2")
                .arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace Nigran::Gui
