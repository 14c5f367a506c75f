#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nigran"));
    QApplication::setApplicationVersion(QStringLiteral(NIGRAN_VERSION));
    Nigran::Gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
