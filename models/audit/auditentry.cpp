#include "audit/auditentry.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace Nigran::Models {

namespace {

void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    const quint32 size = qToBigEndian(quint32(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

} // namespace

QByteArray AuditEntry::computeHash() const
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    addField(digest, prevHash);
    addField(digest, QByteArray::number(seq));
    addField(digest, at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    for (const QString *field : { &actor, &action, &entity, &entityId, &detail })
        addField(digest, field->toUtf8());
    return digest.result();
}

AuditHead AuditHead::genesis()
{
    return { 0, QByteArray(32, '\0') };
}

} // namespace Nigran::Models
