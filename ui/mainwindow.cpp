#include "mainwindow.h"

namespace Nigran::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Nigran"));
}

MainWindow::~MainWindow() = default;

} // namespace Nigran::Gui
