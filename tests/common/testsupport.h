#pragma once

// Small helpers shared by the unit tests (header-only; links nothing beyond nigran_models).

#include "core/result.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QStringList>
#include <QTest>

#include <memory>

/// Fails the current test with the error's message when a Result holds an error.
#define NIGRAN_VERIFY_OK(expr)                                                                               \
    do {                                                                                                     \
        const auto &nigranResult_ = (expr);                                                                  \
        if (!nigranResult_)                                                                                  \
            QFAIL(qPrintable(                                                                                \
                QStringLiteral("%1 failed: %2").arg(QStringLiteral(#expr), nigranResult_.error().message))); \
    } while (false)

namespace Nigran::Testing {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Checks `model` after every change for as long as the returned tester lives; a broken rule fails
/// the current test.
inline std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel &model)
{
    return std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

/// The display text of every row of a table model in `column`, top to bottom.
inline QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace Nigran::Testing
