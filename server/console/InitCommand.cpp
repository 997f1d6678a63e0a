#include "console/InitCommand.h"

#include "auth/PasswordHasher.h"
#include "console/SchoolDatabase.h"
#include "console/UserAdmin.h"
#include "core/Clock.h"
#include "net/Fingerprint.h"
#include "storage/ManagedCluster.h"
#include "storage/SettingsStore.h"
#include "tls/SelfSignedCertificate.h"

#include <QDir>
#include <QFileInfo>

QString InitCommand::summary() const
{
    return tr("create the school's database, TLS certificate and administrator");
}

bool InitCommand::initialize(const QString& dataDir, const QString& schoolName,
                             const QString& adminPassword, bool adminMustChangePassword,
                             QString* error)
{
    ManagedCluster cluster(dataDir);
    if (cluster.isInitialized()) {
        *error = tr("%1 already holds a school database.").arg(dataDir);
        return false;
    }
    if (!cluster.initialize(error))
        return false;
    QDir().mkpath(QFileInfo(DataDir::certificatePath(dataDir)).path());
    if (!SelfSignedCertificate::create(DataDir::certificatePath(dataDir), DataDir::keyPath(dataDir),
                                       QStringLiteral("ejournal-server"), error))
        return false;
    SchoolDatabase database;
    if (!database.open(dataDir, {}, SchoolDatabase::Mode::Command, error))
        return false;
    if (auto named = SettingsStore(database.owner())
                         .setValue(QString::fromLatin1(SettingsStore::kSchoolName), schoolName,
                                   Clock::current().now());
        !named) {
        *error = named.error().message;
        return false;
    }
    auto admin = UserAdmin(database.owner())
                     .addUser(QStringLiteral("admin"), adminPassword, tr("School administrator"),
                              RoleSet{Role::Admin}, adminMustChangePassword);
    if (!admin) {
        *error = admin.error().message;
        return false;
    }
    return true;
}

int InitCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({
        {QStringLiteral("data-dir"), tr("Directory for the database and certificate."), tr("DIR")},
        {QStringLiteral("school"), tr("The school's name."), tr("NAME")},
        {QStringLiteral("admin-password-file"), tr("File with the administrator's password."),
         tr("FILE")},
    });
    if (!parse(parser, arguments))
        return 2;
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        return fail(tr("Give --data-dir DIR."));
    QString error;
    QString password;
    const bool generated = !parser.isSet(QStringLiteral("admin-password-file"));
    if (generated) {
        password = PasswordHasher::generatePassword(12);
    } else {
        password = readPasswordFile(parser.value(QStringLiteral("admin-password-file")), &error);
        if (!error.isEmpty())
            return fail(error);
    }
    const QString school = parser.value(QStringLiteral("school")).isEmpty()
                               ? tr("School")
                               : parser.value(QStringLiteral("school"));
    if (!initialize(QDir(dataDir).absolutePath(), school, password, generated, &error))
        return fail(error);
    QSslCertificate certificate;
    QSslKey key;
    SelfSignedCertificate::load(DataDir::certificatePath(dataDir), DataDir::keyPath(dataDir),
                                &certificate, &key, &error);
    out() << tr("The school database is ready in %1.").arg(QDir(dataDir).absolutePath()) << '\n'
          << tr("Certificate fingerprint (SHA-256): %1")
                 .arg(Fingerprint::display(Fingerprint::of(certificate)))
          << '\n';
    if (generated) {
        out() << tr("Administrator login: admin, initial password: %1 (to be changed at first "
                    "sign-in)")
                     .arg(password)
              << '\n';
    }
    out().flush();
    return 0;
}
