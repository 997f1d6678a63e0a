#include "CliOptions.h"
#include "CliRunner.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>

namespace {
void write(FILE* stream, const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char* argv[])
{
    // A closed stdin would let the next opened socket become fd 0 and be read as the batch.
    if (::fcntl(0, F_GETFD) == -1)
        ::open("/dev/null", O_RDONLY);
    QCoreApplication app(argc, argv);
    // The same names as the desktop client, so both read and write the same certificate pins.
    QCoreApplication::setOrganizationName(QStringLiteral("ejournal"));
    QCoreApplication::setApplicationName(QStringLiteral("ejournal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EJOURNAL_VERSION));

    const CliParseResult parsed = parseCliOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        if (!parsed.error.isEmpty())
            write(stderr, QStringLiteral("ejournal-cli: ") + parsed.error);
        if (!parsed.output.isEmpty())
            write(stdout, parsed.output);
        return parsed.exitCode;
    }

    CliRunner runner(*parsed.options);
    QObject::connect(&runner, &CliRunner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return app.exec();
}
