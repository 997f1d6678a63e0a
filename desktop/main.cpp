#include "app/AppController.h"
#include "app/Application.h"
#include "app/StartupOptions.h"
#include "core/LargeBlocks.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    LargeBlocks::keepInHeap(); // journal answers: no page faults on every load
    QApplication app(argc, argv);
    Application::setIdentity();
    Application::installTranslator(app);
    // Windows come and go (sign-in, main window, sign-in again); AppController says when to end.
    QApplication::setQuitOnLastWindowClosed(false);

    StartupOptions options;
    QString message;
    if (!StartupOptions::parse(QCoreApplication::arguments(), &options, &message)) {
        std::fputs(qPrintable(message + QLatin1Char('\n')),
                   options.helpRequested ? stdout : stderr);
        return options.helpRequested ? 0 : 2;
    }

    AppController controller(options);
    // Leave after the logout request had a moment to go out.
    QObject::connect(&controller, &AppController::finished, &app,
                     [] { QTimer::singleShot(200, qApp, &QCoreApplication::quit); });
    controller.start();
    return app.exec();
}
