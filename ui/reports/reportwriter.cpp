#include "reports/reportwriter.h"

#include "biditext.h"

#include "domain/cnic.h"
#include "domain/districtlist.h"
#include "domain/offencecatalogue.h"
#include "itemmodels/upcomingreleasesmodel.h"
#include "rules/registerworkflow.h"
#include "rules/sentencecalculator.h"
#include "security/clock.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

constexpr int Dpi = 300;
constexpr double BaseFontPt = 9.0;
constexpr double UrduFontPt = 10.0;
/// Space between the header or footer and the body, in device pixels (1/300 in).
constexpr int BandGap = 36;

QString urduFamily()
{
    static const bool installed
        = QFontDatabase::families().contains(QString::fromLatin1(LanguageManager::UrduFontFamily));
    return installed ? QString::fromLatin1(LanguageManager::UrduFontFamily) : QString();
}

/// One fixed text of a report in the report's language.
QString pick(Language language, const QString &english, const QString &urdu)
{
    return language == Language::Urdu ? urdu : english;
}

#define NIGRAN_TEXT(en, ur) pick(m_language, QStringLiteral(en), QStringLiteral(ur))

/// Pakistan Standard Time: UTC+5, no daylight saving time (DOMAIN.md).
QTimeZone pakistanTime()
{
    return QTimeZone(5 * 3600);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Urdu text, in Nastaliq when it is installed, whatever the report's language.
QString urduSpan(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QString family = urduFamily();
    return family.isEmpty()
        ? esc(text)
        : QStringLiteral("<span style=\"font-family:'%1'\">%2</span>").arg(family, esc(text));
}

using BidiText::ltr;

QString isoDate(QDate date)
{
    return date.isValid() ? ltr(date.toString(Qt::ISODate)) : QStringLiteral("—");
}

QString cnicText(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    const auto cnic = Cnic::parse(digits);
    return ltr(cnic ? cnic->formatted() : digits);
}

/// Builds the HTML body of a report: sections, key–value tables and data tables, in the report's
/// direction.
class HtmlBuilder
{
public:
    explicit HtmlBuilder(Language language)
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
        paragraph(QStringLiteral("<i>%1</i>").arg(NIGRAN_TEXT("None recorded.", "کوئی اندراج نہیں۔")));
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
                                          .arg(cellAlign(), esc(label));
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
            html += QStringLiteral("<th bgcolor=\"#dde3ea\"%1>%2</th>").arg(cellAlign(), esc(header));
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

/// The report's display names of the register's codes, in the report's language.
class Names
{
public:
    explicit Names(Language language)
        : m_language(language)
    { }

    QString yesNo(bool value) const { return value ? NIGRAN_TEXT("Yes", "ہاں") : NIGRAN_TEXT("No", "نہیں"); }

    QString gender(Gender gender) const
    {
        switch (gender) {
        case Gender::Male:
            return NIGRAN_TEXT("Male", "مرد");
        case Gender::Female:
            return NIGRAN_TEXT("Female", "عورت");
        case Gender::Transgender:
            return NIGRAN_TEXT("Transgender", "خواجہ سرا");
        case Gender::Unknown:
            break;
        }
        return NIGRAN_TEXT("Unknown", "نامعلوم");
    }

    QString parentage(ParentageRelation relation) const
    {
        switch (relation) {
        case ParentageRelation::SonOf:
            return NIGRAN_TEXT("S/O", "ولد");
        case ParentageRelation::DaughterOf:
            return NIGRAN_TEXT("D/O", "دختر");
        case ParentageRelation::WifeOf:
            return NIGRAN_TEXT("W/O", "زوجہ");
        }
        return {};
    }

    QString addressType(AddressType type) const
    {
        switch (type) {
        case AddressType::Permanent:
            return NIGRAN_TEXT("Permanent", "مستقل");
        case AddressType::Present:
            return NIGRAN_TEXT("Present", "موجودہ");
        case AddressType::Temporary:
            return NIGRAN_TEXT("Temporary", "عارضی");
        case AddressType::Work:
            return NIGRAN_TEXT("Work", "دفتری");
        }
        return {};
    }

    QString caseStatus(CaseStatus status) const
    {
        switch (status) {
        case CaseStatus::FirRegistered:
            return NIGRAN_TEXT("FIR registered", "ایف آئی آر درج");
        case CaseStatus::UnderInvestigation:
            return NIGRAN_TEXT("Under investigation", "زیرِ تفتیش");
        case CaseStatus::ChallanSubmitted:
            return NIGRAN_TEXT("Challan submitted", "چالان جمع");
        case CaseStatus::UnderTrial:
            return NIGRAN_TEXT("Under trial", "زیرِ سماعت");
        case CaseStatus::Convicted:
            return NIGRAN_TEXT("Convicted", "سزا یافتہ");
        case CaseStatus::Acquitted:
            return NIGRAN_TEXT("Acquitted", "بری");
        case CaseStatus::UnderAppeal:
            return NIGRAN_TEXT("Under appeal", "زیرِ اپیل");
        case CaseStatus::Closed:
            return NIGRAN_TEXT("Closed", "بند");
        }
        return {};
    }

    QString ageBand(VictimAgeBand band) const
    {
        return band == VictimAgeBand::Child ? NIGRAN_TEXT("Child (under 18)", "بچہ (18 سال سے کم)")
                                            : NIGRAN_TEXT("Adult", "بالغ");
    }

    QString relationship(Relationship relationship) const
    {
        switch (relationship) {
        case Relationship::Family:
            return NIGRAN_TEXT("Family", "خاندان");
        case Relationship::Acquaintance:
            return NIGRAN_TEXT("Acquaintance", "واقف");
        case Relationship::Stranger:
            return NIGRAN_TEXT("Stranger", "اجنبی");
        case Relationship::PositionOfTrust:
            return NIGRAN_TEXT("Position of trust", "اعتماد کا منصب");
        case Relationship::Unknown:
            break;
        }
        return NIGRAN_TEXT("Unknown", "نامعلوم");
    }

    QString appeal(AppealStatus status) const
    {
        switch (status) {
        case AppealStatus::None:
            return NIGRAN_TEXT("None", "کوئی نہیں");
        case AppealStatus::Pending:
            return NIGRAN_TEXT("Pending", "زیرِ التوا");
        case AppealStatus::Upheld:
            return NIGRAN_TEXT("Upheld", "برقرار");
        case AppealStatus::Modified:
            return NIGRAN_TEXT("Modified", "ترمیم شدہ");
        case AppealStatus::Acquitted:
            return NIGRAN_TEXT("Acquitted", "بری");
        }
        return {};
    }

    QString sentenceKind(SentenceKind kind) const
    {
        switch (kind) {
        case SentenceKind::Death:
            return NIGRAN_TEXT("Death", "سزائے موت");
        case SentenceKind::Life:
            return NIGRAN_TEXT("Life", "عمر قید");
        case SentenceKind::Rigorous:
            return NIGRAN_TEXT("Rigorous", "قیدِ بامشقت");
        case SentenceKind::Simple:
            return NIGRAN_TEXT("Simple", "قیدِ محض");
        }
        return {};
    }

    QString relation(SentenceComponent::Relation relation) const
    {
        return relation == SentenceComponent::Relation::Concurrent
            ? NIGRAN_TEXT("Concurrent", "بیک وقت")
            : NIGRAN_TEXT("Consecutive", "یکے بعد دیگرے");
    }

    QString term(const Term &term) const
    {
        return NIGRAN_TEXT("%1 y %2 m %3 d", "%1 سال %2 ماہ %3 دن")
            .arg(term.years)
            .arg(term.months)
            .arg(term.days);
    }

    QString custody(CustodyKind kind) const
    {
        switch (kind) {
        case CustodyKind::Admission:
            return NIGRAN_TEXT("Admission", "داخلہ");
        case CustodyKind::Transfer:
            return NIGRAN_TEXT("Transfer", "منتقلی");
        case CustodyKind::Release:
            return NIGRAN_TEXT("Release", "رہائی");
        }
        return {};
    }

    QString monitoring(MonitoringStatus status) const
    {
        switch (status) {
        case MonitoringStatus::Pending:
            return NIGRAN_TEXT("Pending (starts on release)", "زیرِ التوا (رہائی پر آغاز)");
        case MonitoringStatus::Active:
            return NIGRAN_TEXT("Active", "فعال");
        case MonitoringStatus::Suspended:
            return NIGRAN_TEXT("Suspended", "معطل");
        case MonitoringStatus::Ended:
            return NIGRAN_TEXT("Ended", "ختم");
        }
        return {};
    }

    QString district(const QString &code) const
    {
        if (code.isEmpty())
            return {};
        const auto found = DistrictList::builtIn().find(code);
        if (!found)
            return esc(code);
        return m_language == Language::Urdu && !found->nameUr.isEmpty() ? urduSpan(found->nameUr)
                                                                        : esc(found->name);
    }

    /// "PPC 376 — Punishment for rape", the title in the report's language.
    QString offence(const QString &code, QDate onDate = {}) const
    {
        const auto offence = OffenceCatalogue::builtIn().find(code, onDate);
        // An unknown or repealed code is shown as it is stored.
        const QString title = !offence                                    ? QString()
            : m_language == Language::Urdu && !offence->titleUr.isEmpty() ? urduSpan(offence->titleUr)
                                                                          : esc(offence->title);
        return title.isEmpty() ? esc(code) : QStringLiteral("%1 — %2").arg(esc(code), title);
    }

    /// A visible marker for sections listed in s.2(h) of the Anti-Rape Act 2021.
    QString registrable(const QString &code) const
    {
        return OffenceCatalogue::builtIn().isRegistrable(code)
            ? QStringLiteral("<b>■ %1</b>").arg(NIGRAN_TEXT("Registrable", "قابلِ اندراج"))
            : NIGRAN_TEXT("Not registrable", "ناقابلِ اندراج");
    }

private:
    Language m_language;
};

/// The header, the body and the footer of a report, laid out on A4 pages.
class PdfReport
{
public:
    PdfReport(Language language, const ReportHeader &header, QString title)
        : m_language(language)
        , m_header(header)
        , m_title(std::move(title))
    { }

    /// Renders `bodyHtml` into `device` as a PDF; false when painting could not start.
    bool render(QIODevice &device, const QString &bodyHtml)
    {
        QPdfWriter writer(&device);
        writer.setResolution(Dpi);
        writer.setCreator(QStringLiteral("Nigran"));
        writer.setTitle(m_title);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));

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
        body.setHtml(bodyHtml);
        body.setPageSize(QSizeF(width, bodyHeight));
        const int pages = std::max(1, body.pageCount());

        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.setFont(small);
            painter.drawText(QRectF(0, 0, width, line), Qt::AlignLeading | Qt::AlignVCenter,
                smallMetrics.elidedText(
                    office, Qt::ElideMiddle, oneLine ? width - generatedWidth - 60 : width));
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
            painter.drawLine(
                QPointF(0, footerTop - BandGap / 2.0), QPointF(width, footerTop - BandGap / 2.0));
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

private:
    void prepare(QTextDocument &doc, QPdfWriter &writer, qreal width) const
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

    QString text(const char16_t *english, const char16_t *urdu) const
    {
        return pick(m_language, QString::fromUtf16(english), QString::fromUtf16(urdu));
    }

    QFont font(double points, bool bold) const
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

    QString districtName() const
    {
        const auto found = DistrictList::builtIn().find(m_header.district);
        if (!found)
            return m_header.district;
        return m_language == Language::Urdu && !found->nameUr.isEmpty() ? found->nameUr : found->name;
    }

    Language m_language;
    const ReportHeader &m_header;
    QString m_title;
};

Result<> writePdf(QSaveFile &file, PdfReport &report, const QString &bodyHtml)
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

Result<> openDestination(QSaveFile &file)
{
    if (file.fileName().isEmpty())
        return fail(ErrorCode::InvalidInput, ReportWriter::tr("No file was chosen for the report."));
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            ReportWriter::tr("Could not write the report to %1: %2")
                .arg(file.fileName(), file.errorString()));
    return {};
}

/// The body of a person's register extract.
class ExtractBody
{
public:
    ExtractBody(const PersonFile &file, Language language)
        : m_file(file)
        , m_language(language)
        , m_names(language)
        , m_html(language)
    { }

    QString html()
    {
        identity();
        cases();
        charges();
        convictions();
        sentences();
        custody();
        monitoring();
        history();
        m_html.note(NIGRAN_TEXT(
            "■ Registrable: the section is listed in s.2(h) of the Anti-Rape (Investigation and "
            "Trial) Act 2021. The register holds no victim identity; only the victim's age "
            "band, gender and relationship to the offender are recorded.",
            "■ قابلِ اندراج: یہ دفعہ انسدادِ زیادتی (تفتیش و سماعت) ایکٹ 2021 کی دفعہ 2(ح) میں درج ہے۔ رجسٹر "
            "میں متاثرہ فرد کی شناخت محفوظ نہیں کی جاتی؛ صرف عمر کا زمرہ، جنس اور مجرم سے تعلق درج ہوتا "
            "ہے۔"));
        return m_html.html();
    }

private:
    QString fir(const QString &caseId) const
    {
        for (const CaseRecord &record : m_file.cases)
            if (record.id == caseId)
                return esc(record.firNumber);
        return {};
    }

    QString nameHtml(const QString &latin, const QString &urdu) const
    {
        if (urdu.isEmpty())
            return esc(latin);
        if (latin.isEmpty())
            return urduSpan(urdu);
        return QStringLiteral("%1 / %2").arg(esc(latin), urduSpan(urdu));
    }

    void identity()
    {
        const Person &person = m_file.person;
        m_html.heading(nameHtml(person.nameLatin, person.nameUrdu));
        QString status = esc(RegisterWorkflow::displayName(m_file.status));
        if (m_file.sealed)
            status += QStringLiteral(" — <b>%1</b>").arg(NIGRAN_TEXT("sealed", "سربمہر"));
        QString release = isoDate(m_file.expectedRelease);
        if (!m_file.expectedRelease.isValid())
            release = NIGRAN_TEXT("None (no release date)", "کوئی نہیں (تاریخِ رہائی نہیں)");

        m_html.section(NIGRAN_TEXT("Identity", "شناخت"));
        QStringList addresses;
        for (const Address &address : person.addresses) {
            QString line = QStringLiteral("%1: %2").arg(m_names.addressType(address.type), esc(address.text));
            if (!address.district.isEmpty())
                line += QStringLiteral(" (%1)").arg(m_names.district(address.district));
            if (address.validFrom.isValid() || address.validTo.isValid())
                line += QStringLiteral(" [%1 – %2]")
                            .arg(isoDate(address.validFrom),
                                address.validTo.isValid() ? isoDate(address.validTo)
                                                          : NIGRAN_TEXT("now", "تاحال"));
            addresses << line;
        }
        QString parentage;
        if (!person.parentage.nameLatin.isEmpty() || !person.parentage.nameUrdu.isEmpty())
            parentage = QStringLiteral("%1 %2").arg(m_names.parentage(person.parentage.relation),
                nameHtml(person.parentage.nameLatin, person.parentage.nameUrdu));
        QString passport;
        if (person.passport)
            passport = QStringLiteral("%1 (%2)").arg(
                esc(person.passport->number), esc(person.passport->nationality));
        m_html.fields({
            { NIGRAN_TEXT("Name (English)", "نام (انگریزی)"), esc(person.nameLatin) },
            { NIGRAN_TEXT("Name (Urdu)", "نام (اردو)"), urduSpan(person.nameUrdu) },
            { NIGRAN_TEXT("Parentage", "ولدیت"), parentage },
            { NIGRAN_TEXT("Aliases", "عرفیت"), esc(person.aliases.join(QStringLiteral(", "))) },
            { NIGRAN_TEXT("Date of birth", "تاریخِ پیدائش"), isoDate(person.birthDate) },
            { NIGRAN_TEXT("Gender", "جنس"), m_names.gender(person.gender) },
            { NIGRAN_TEXT("CNIC", "شناختی کارڈ نمبر"), person.cnic ? cnicText(*person.cnic) : QString() },
            { NIGRAN_TEXT("Passport", "پاسپورٹ"), passport },
            { NIGRAN_TEXT("District of residence", "ضلعِ رہائش"), m_names.district(person.residenceDistrict) },
            { NIGRAN_TEXT("Registering district", "اندراج کرنے والا ضلع"),
                m_names.district(person.district) },
            { NIGRAN_TEXT("Description", "حلیہ"), esc(person.description) },
            { NIGRAN_TEXT("Identifying marks", "شناختی نشانات"), esc(person.marks) },
            { NIGRAN_TEXT("Phones", "فون"), esc(person.phones.join(QStringLiteral(", "))) },
            { NIGRAN_TEXT("Addresses", "پتے"), addresses.join(QStringLiteral("<br>")) },
            { NIGRAN_TEXT("Photo on file", "تصویر موجود"), m_names.yesNo(!person.photo.isEmpty()) },
            { NIGRAN_TEXT("Register status", "رجسٹر میں حیثیت"), status },
            { NIGRAN_TEXT("Expected release", "متوقع رہائی"), QStringLiteral("<b>%1</b>").arg(release) },
        });
    }

    void cases()
    {
        m_html.section(NIGRAN_TEXT("Cases", "مقدمات"));
        if (m_file.cases.isEmpty())
            return m_html.none();
        for (const CaseRecord &record : m_file.cases) {
            m_html.subSection(NIGRAN_TEXT("FIR %1 of %2", "ایف آئی آر %1 مورخہ %2")
                                  .arg(esc(record.firNumber), isoDate(record.firDate)));
            QStringList history;
            for (const CaseRecord::StatusEntry &entry : record.statusHistory)
                history << QStringLiteral("%1: %2%3")
                               .arg(isoDate(entry.date), m_names.caseStatus(entry.status),
                                   entry.note.isEmpty() ? QString()
                                                        : QStringLiteral(" — %1").arg(esc(entry.note)));
            QString court = esc(record.court);
            if (record.isSpecialCourt)
                court += QStringLiteral(" (%1)").arg(NIGRAN_TEXT(
                    "Special Court, s.3 Anti-Rape Act 2021", "خصوصی عدالت، دفعہ 3 انسدادِ زیادتی ایکٹ 2021"));
            m_html.fields({
                { NIGRAN_TEXT("Police station", "تھانہ"),
                    QStringLiteral("%1, %2").arg(
                        esc(record.policeStation), m_names.district(record.district)) },
                { NIGRAN_TEXT("Court", "عدالت"), court },
                { NIGRAN_TEXT("Case number", "مقدمہ نمبر"), esc(record.caseNumber) },
                { NIGRAN_TEXT("Judge", "جج"), esc(record.judge) },
                { NIGRAN_TEXT("Prosecutor", "پراسیکیوٹر"), esc(record.prosecutor) },
                { NIGRAN_TEXT("Status history", "حیثیت کی تاریخ"), history.join(QStringLiteral("<br>")) },
            });
        }
    }

    void charges()
    {
        m_html.section(NIGRAN_TEXT("Charges", "الزامات"));
        if (m_file.charges.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const Charge &charge : m_file.charges)
            rows << QStringList { fir(charge.caseId), m_names.offence(charge.offenceCode),
                m_names.registrable(charge.offenceCode), m_names.ageBand(charge.victimAgeBand),
                m_names.gender(charge.victimGender), m_names.relationship(charge.relationship) };
        m_html.table(
            { NIGRAN_TEXT("FIR", "ایف آئی آر"), NIGRAN_TEXT("Offence", "جرم"),
                NIGRAN_TEXT("Register", "رجسٹر"), NIGRAN_TEXT("Victim age", "متاثرہ کی عمر"),
                NIGRAN_TEXT("Victim gender", "متاثرہ کی جنس"), NIGRAN_TEXT("Relationship", "مجرم سے تعلق") },
            rows);
    }

    void convictions()
    {
        m_html.section(NIGRAN_TEXT("Convictions", "سزا یابیاں"));
        if (m_file.convictions.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const Conviction &conviction : m_file.convictions) {
            QStringList sections;
            for (const QString &code : conviction.sections)
                sections << (OffenceCatalogue::builtIn().isRegistrable(code)
                        ? QStringLiteral("<b>■ %1</b>").arg(esc(code))
                        : esc(code));
            rows << QStringList { fir(conviction.caseId), isoDate(conviction.judgmentDate),
                esc(conviction.court), sections.join(QStringLiteral(", ")),
                m_names.appeal(conviction.appealStatus), m_names.yesNo(conviction.isFinal) };
        }
        m_html.table({ NIGRAN_TEXT("FIR", "ایف آئی آر"), NIGRAN_TEXT("Judgment", "تاریخِ فیصلہ"),
                         NIGRAN_TEXT("Court", "عدالت"), NIGRAN_TEXT("Sections", "دفعات"),
                         NIGRAN_TEXT("Appeal", "اپیل"), NIGRAN_TEXT("Final", "حتمی") },
            rows);
    }

    QString convictionLabel(const QString &convictionId) const
    {
        for (const Conviction &conviction : m_file.convictions)
            if (conviction.id == convictionId)
                return NIGRAN_TEXT("conviction of %1, FIR %2", "سزا یابی مورخہ %1، ایف آئی آر %2")
                    .arg(isoDate(conviction.judgmentDate), fir(conviction.caseId));
        return {};
    }

    void sentences()
    {
        m_html.section(NIGRAN_TEXT("Sentences", "سزائیں"));
        if (m_file.sentences.isEmpty())
            return m_html.none();
        int number = 0;
        for (const Sentence &sentence : m_file.sentences) {
            ++number;
            m_html.subSection(NIGRAN_TEXT("Sentence %1 (%2), from %3", "سزا %1 (%2)، آغاز %3")
                                  .arg(number)
                                  .arg(convictionLabel(sentence.convictionId), isoDate(sentence.startDate)));
            QList<QStringList> components;
            int index = 0;
            for (const SentenceComponent &component : sentence.components) {
                ++index;
                const bool hasTerm
                    = component.kind == SentenceKind::Rigorous || component.kind == SentenceKind::Simple;
                QString fine;
                if (component.fineRupees > 0)
                    fine = NIGRAN_TEXT("Rs %1, %2; in default %3", "%1 روپے، %2؛ عدم ادائیگی پر %3")
                               .arg(component.fineRupees)
                               .arg(component.finePaid ? NIGRAN_TEXT("paid", "ادا شدہ")
                                                       : NIGRAN_TEXT("unpaid", "غیر ادا شدہ"),
                                   m_names.term(component.defaultTerm));
                components << QStringList { QString::number(index), m_names.sentenceKind(component.kind),
                    hasTerm ? m_names.term(component.term) : QString(), esc(component.offenceSection),
                    m_names.relation(component.relation), fine };
            }
            m_html.table({ QStringLiteral("#"), NIGRAN_TEXT("Kind", "نوعیت"), NIGRAN_TEXT("Term", "مدت"),
                             NIGRAN_TEXT("Section", "دفعہ"), NIGRAN_TEXT("Runs", "ترتیب"),
                             NIGRAN_TEXT("Fine", "جرمانہ") },
                components);

            QList<std::pair<QString, QString>> facts {
                { NIGRAN_TEXT("Pre-trial custody credit (s.382-B CrPC)",
                      "حوالاتی مدت کی رعایت (دفعہ 382-ب ضابطہ فوجداری)"),
                    NIGRAN_TEXT("%1 days", "%1 دن").arg(sentence.preTrialCustodyDays) },
            };
            QStringList remissions;
            for (const Remission &remission : sentence.remissions)
                remissions << NIGRAN_TEXT("%1: %2 days (%3)%4", "%1: %2 دن (%3)%4")
                                  .arg(isoDate(remission.date))
                                  .arg(remission.days)
                                  .arg(esc(remission.authority),
                                      remission.excludedForSexOffences
                                          ? NIGRAN_TEXT(" — excluded for sex offences, not applied",
                                              " — جنسی جرائم پر لاگو نہیں")
                                          : QString());
            facts.append({ NIGRAN_TEXT("Remissions", "معافیاں"), remissions.join(QStringLiteral("<br>")) });
            m_html.fields(facts);

            const auto ledger = SentenceCalculator::compute(sentence);
            if (!ledger) {
                m_html.paragraph(esc(ledger.error().message));
                continue;
            }
            QList<QStringList> steps;
            int step = 0;
            for (const LedgerStep &line : ledger->steps()) {
                ++step;
                steps << QStringList { QString::number(step), esc(line.description), isoDate(line.date),
                    line.dayDelta > 0 ? QStringLiteral("+%1").arg(line.dayDelta)
                                      : QString::number(line.dayDelta) };
            }
            m_html.paragraph(QStringLiteral("<b>%1</b>").arg(NIGRAN_TEXT("Ledger", "حسابِ سزا")));
            m_html.table({ QStringLiteral("#"), NIGRAN_TEXT("Step", "مرحلہ"), NIGRAN_TEXT("Date", "تاریخ"),
                             NIGRAN_TEXT("Days", "دن") },
                steps);
            const auto release = ledger->expectedRelease();
            m_html.paragraph(
                QStringLiteral("<b>%1</b>")
                    .arg(release
                            ? NIGRAN_TEXT("Expected release: %1", "متوقع رہائی: %1").arg(isoDate(*release))
                            : NIGRAN_TEXT(
                                "No release date (death sentence).", "کوئی تاریخِ رہائی نہیں (سزائے موت)۔")));
        }
    }

    void custody()
    {
        m_html.section(NIGRAN_TEXT("Custody", "حراست"));
        if (m_file.custody.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const CustodyEvent &event : m_file.custody)
            rows << QStringList { isoDate(event.date), m_names.custody(event.kind), esc(event.place),
                esc(event.note) };
        m_html.table({ NIGRAN_TEXT("Date", "تاریخ"), NIGRAN_TEXT("Event", "واقعہ"),
                         NIGRAN_TEXT("Place", "مقام"), NIGRAN_TEXT("Note", "نوٹ") },
            rows);
    }

    void monitoring()
    {
        m_html.section(NIGRAN_TEXT("Monitoring orders", "نگرانی کے احکامات"));
        if (m_file.monitoringOrders.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const MonitoringOrder &order : m_file.monitoringOrders)
            rows << QStringList { isoDate(order.startDate),
                order.isLifetime ? NIGRAN_TEXT("Lifetime", "تاحیات") : isoDate(order.endDate),
                esc(order.deviceId),
                order.reportingFrequencyDays > 0
                    ? NIGRAN_TEXT("every %1 days", "ہر %1 دن بعد").arg(order.reportingFrequencyDays)
                    : NIGRAN_TEXT("none", "کوئی نہیں"),
                m_names.monitoring(order.status) };
        m_html.table({ NIGRAN_TEXT("Start", "آغاز"), NIGRAN_TEXT("End", "اختتام"),
                         NIGRAN_TEXT("Tag / device", "ٹیگ / آلہ"), NIGRAN_TEXT("Reporting", "حاضری"),
                         NIGRAN_TEXT("Status", "حیثیت") },
            rows);
    }

    void history()
    {
        m_html.section(NIGRAN_TEXT("Workflow history", "کارروائی کی تاریخ"));
        if (m_file.history.isEmpty())
            return m_html.none();
        QList<QStringList> rows;
        for (const RegisterTransition &transition : m_file.history) {
            QString reason = esc(transition.reason);
            if (transition.endReason)
                reason = QStringLiteral("%1 %2").arg(
                    esc(RegisterWorkflow::displayName(*transition.endReason)), reason);
            rows << QStringList {
                transition.at.toTimeZone(pakistanTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                QStringLiteral("%1 → %2").arg(esc(RegisterWorkflow::displayName(transition.from)),
                    esc(RegisterWorkflow::displayName(transition.to))),
                reason, esc(transition.actor)
            };
        }
        m_html.table({ NIGRAN_TEXT("When (PKT)", "وقت (پاکستانی)"), NIGRAN_TEXT("Step", "مرحلہ"),
                         NIGRAN_TEXT("Reason", "وجہ"), NIGRAN_TEXT("By", "از") },
            rows);
    }

    const PersonFile &m_file;
    Language m_language;
    Names m_names;
    HtmlBuilder m_html;
};

/// One row of the upcoming releases list.
struct ReleaseRow
{
    QStringList cells;
    int bucket = 0;
};

} // namespace

QDate ReportHeader::generatedOn() const
{
    return generatedAt.toTimeZone(pakistanTime()).date();
}

ReportHeader ReportHeader::forOffice(const Office &office)
{
    return { office.officeName(), office.district(),
        QStringLiteral("%1 (%2)").arg(office.user().displayName, office.user().login),
        office.clock().nowUtc() };
}

Result<> ReportWriter::writeExtract(RegisterService &service, const ReportHeader &header,
    const QString &personId, const QString &path, Language language)
{
    QSaveFile file(path);
    NIGRAN_TRY(openDestination(file));
    // SECURITY.md: the export is audited before anything is written.
    NIGRAN_TRY(service.recordExport(personId, extractReportName(), path));
    auto person = service.viewPerson(personId, QStringLiteral("register extract export"));
    if (!person)
        return fail(person.error());
    const QString title
        = pick(language, QStringLiteral("Register extract"), QStringLiteral("رجسٹر کا اقتباس"));
    PdfReport report(language, header, title);
    return writePdf(file, report, ExtractBody(*person, language).html());
}

Result<> ReportWriter::writeUpcomingReleases(RegisterService &service, const ReportHeader &header,
    QDate referenceDate, const QString &path, Language language)
{
    QSaveFile file(path);
    NIGRAN_TRY(openDestination(file));
    NIGRAN_TRY(service.recordExport(QString(), upcomingReleasesReportName(), path));

    UpcomingReleasesModel model(service);
    QString loadError;
    QObject::connect(&model, &UpcomingReleasesModel::errorOccurred, &model,
        [&loadError](const QString &message) { loadError = message; });
    model.load(referenceDate, HorizonDays);
    if (!loadError.isEmpty())
        return fail(ErrorCode::Database, loadError);

    QList<ReleaseRow> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&model, row](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        rows.append({ { esc(cell(UpcomingReleasesModel::NameLatin).toString()),
                          urduSpan(cell(UpcomingReleasesModel::NameUrdu).toString()),
                          esc(cell(UpcomingReleasesModel::Cnic).toString()),
                          Names(language).district(cell(UpcomingReleasesModel::District).toString()),
                          esc(cell(UpcomingReleasesModel::Status).toString()),
                          isoDate(cell(0, UpcomingReleasesModel::ExpectedReleaseRole).toDate()),
                          QString::number(cell(0, UpcomingReleasesModel::DaysLeftRole).toInt()) },
            cell(0, UpcomingReleasesModel::BucketRole).toInt() });
    }

    const Language m_language = language; // for NIGRAN_TEXT
    HtmlBuilder html(language);
    html.paragraph(NIGRAN_TEXT("Expected releases from %1 to %2 (%3 days), soonest first: %4 in all.",
        "%1 سے %2 تک (%3 دن) متوقع رہائیاں، قریب ترین پہلے: کل %4۔")
                       .arg(isoDate(referenceDate), isoDate(referenceDate.addDays(HorizonDays)))
                       .arg(HorizonDays)
                       .arg(rows.size()));
    const QStringList headers { QStringLiteral("#"), NIGRAN_TEXT("Name", "نام"),
        NIGRAN_TEXT("Urdu name", "اردو نام"), NIGRAN_TEXT("CNIC", "شناختی کارڈ"),
        NIGRAN_TEXT("District", "ضلع"), NIGRAN_TEXT("Status", "حیثیت"), NIGRAN_TEXT("Release", "رہائی"),
        NIGRAN_TEXT("Days left", "باقی دن") };
    int number = 0;
    for (const auto &[bucket, title] : { std::pair { 30, NIGRAN_TEXT("Within 30 days", "30 دن کے اندر") },
             std::pair { 60, NIGRAN_TEXT("In 31 to 60 days", "31 سے 60 دن میں") },
             std::pair { 90, NIGRAN_TEXT("In 61 to 90 days", "61 سے 90 دن میں") } }) {
        QList<QStringList> tableRows;
        for (const ReleaseRow &row : std::as_const(rows))
            if (row.bucket == bucket)
                tableRows << (QStringList { QString::number(++number) } + row.cells);
        html.section(QStringLiteral("%1 (%2)").arg(title).arg(tableRows.size()));
        if (tableRows.isEmpty())
            html.none();
        else
            html.table(headers, tableRows);
    }
    html.note(NIGRAN_TEXT("Entries that have ended or are sealed get no reminder and are not listed.",
        "ختم شدہ یا سربمہر اندراجات کی یاددہانی نہیں ہوتی اور وہ اس فہرست میں شامل نہیں۔"));

    const QString title = pick(language, QStringLiteral("Upcoming releases (90/60/30 days)"),
        QStringLiteral("آنے والی رہائیاں (90/60/30 دن)"));
    PdfReport report(language, header, title);
    return writePdf(file, report, html.html());
}

} // namespace Nigran::Gui
