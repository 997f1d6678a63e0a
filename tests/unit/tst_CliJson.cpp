#include "CliOptions.h"
#include "JsonCbor.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <QTest>

// The cli's edge: JSON-ARGS and batch lines become CBOR, replies become one JSON line.
class tst_CliJson : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString passwordFile(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("password"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    CliParseResult parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("ejournal-cli"));
        return parseCliOptions(arguments);
    }

private Q_SLOTS:
    void argsKeepIntegersAsIntegers()
    {
        QString why;
        const auto args = JsonCbor::argsFromJson(
            R"({"class_id": 5, "weight": 1.5, "name": "5А", "ids": [1, 2], "dry_run": true})",
            &why);
        QVERIFY2(args, qPrintable(why));
        QVERIFY(args->value(QStringLiteral("class_id")).isInteger());
        QCOMPARE(args->value(QStringLiteral("class_id")).toInteger(), 5);
        QCOMPARE(args->value(QStringLiteral("weight")).toDouble(), 1.5);
        QCOMPARE(args->value(QStringLiteral("name")).toString(), QStringLiteral("5А"));
        QCOMPARE(args->value(QStringLiteral("ids")).toArray(), (QCborArray{1, 2}));
        QVERIFY(args->value(QStringLiteral("dry_run")).isTrue());
    }

    void argsMustBeAnObject()
    {
        QString why;
        QVERIFY(JsonCbor::argsFromJson("", &why));
        QVERIFY(!JsonCbor::argsFromJson("[1]", &why));
        QVERIFY(!JsonCbor::argsFromJson("{bad", &why));
        QVERIFY(!why.isEmpty());
    }

    void batchLine()
    {
        QString why;
        const auto request =
            JsonCbor::requestFromJsonLine(R"({"op":"student.list","args":{"class_id":3}})", &why);
        QVERIFY2(request, qPrintable(why));
        QCOMPARE(request->op, QStringLiteral("student.list"));
        QCOMPARE(request->args.value(QStringLiteral("class_id")).toInteger(), 3);
        QVERIFY(JsonCbor::requestFromJsonLine(R"({"op":"me"})", &why));
        QVERIFY(!JsonCbor::requestFromJsonLine(R"({"args":{}})", &why));
        QVERIFY(!JsonCbor::requestFromJsonLine(R"({"op":"me","args":[1]})", &why));
        QVERIFY(!JsonCbor::requestFromJsonLine(R"(["me"])", &why));
    }

    void okReplyLine()
    {
        const Reply reply =
            Reply::success(3, QCborMap{{QStringLiteral("title"), QStringLiteral("5А")},
                                       {QStringLiteral("id"), 7}});
        QCOMPARE(JsonCbor::replyToJsonLine(reply),
                 QByteArray(R"({"ok":true,"result":{"id":7,"title":"5А"}})"));
        QCOMPARE(JsonCbor::replyToJsonLine(Reply::success(1, QCborValue(42))),
                 QByteArray(R"({"ok":true,"result":42})"));
        QCOMPARE(JsonCbor::replyToJsonLine(Reply::success(1, QCborValue())),
                 QByteArray(R"({"ok":true,"result":null})"));
        QCOMPARE(JsonCbor::replyToJsonLine(Reply::success(1, QStringLiteral("a\"b\n"))),
                 QByteArray("{\"ok\":true,\"result\":\"a\\\"b\\n\"}"));
    }

    void errorReplyLine()
    {
        Error error{ErrorCode::RuleViolation, QStringLiteral("Нельзя"), QStringLiteral("R06"), {}};
        QCOMPARE(
            JsonCbor::replyToJsonLine(Reply::failure(1, error)),
            QByteArray(
                R"({"ok":false,"error":{"code":"rule_violation","message":"Нельзя","rule":"R06"}})"));
        error.rule.clear();
        error.details = QCborArray{1};
        QCOMPARE(
            JsonCbor::replyToJsonLine(Reply::failure(1, error)),
            QByteArray(
                R"({"ok":false,"error":{"code":"rule_violation","message":"Нельзя","details":[1]}})"));
    }

    void serverAddress()
    {
        using Address = std::pair<QString, quint16>;
        QCOMPARE(parseServerAddress(QStringLiteral("school.local:7000")),
                 Address(QStringLiteral("school.local"), 7000));
        QCOMPARE(parseServerAddress(QStringLiteral("school.local")),
                 Address(QStringLiteral("school.local"), 7443));
        QCOMPARE(parseServerAddress(QStringLiteral("[::1]:8000")),
                 Address(QStringLiteral("::1"), 8000));
        QVERIFY(!parseServerAddress(QStringLiteral("host:0")));
        QVERIFY(!parseServerAddress(QStringLiteral("host:65536")));
        QVERIFY(!parseServerAddress(QStringLiteral(":7443")));
        QVERIFY(!parseServerAddress(QStringLiteral("host:port")));
    }

    void passwordIsTheFirstLine()
    {
        QVERIFY(m_dir.isValid());
        const auto parsed = parse({"--login", "ivanov", "--password-file",
                                   passwordFile("s3cret\r\nsecond line\n"), "me", R"({"a":1})"});
        QVERIFY2(parsed.options, qPrintable(parsed.error));
        QCOMPARE(parsed.options->password, QStringLiteral("s3cret"));
        QCOMPARE(parsed.options->op, QStringLiteral("me"));
        QCOMPARE(parsed.options->host, QStringLiteral("localhost"));
        QCOMPARE(parsed.options->port, 7443);
        QCOMPARE(parsed.options->trust, TrustMode::Pinned);
        QCOMPARE(parsed.options->args.value(QStringLiteral("a")).toInteger(), 1);
    }

    void wrongCallsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = passwordFile("x\n");
        QTest::newRow("no login") << QStringList{"--password-file", file, "me"};
        QTest::newRow("no password file") << QStringList{"--login", "a", "me"};
        QTest::newRow("missing password file")
            << QStringList{"--login", "a", "--password-file", m_dir.filePath("none"), "me"};
        QTest::newRow("no op") << QStringList{"--login", "a", "--password-file", file};
        QTest::newRow("bad json") << QStringList{"--login", "a",  "--password-file",
                                                 file,      "me", "{"};
        QTest::newRow("two trust flags") << QStringList{
            "--plain", "--trust-on-first-use", "--login", "a", "--password-file", file, "me"};
        QTest::newRow("bad fingerprint")
            << QStringList{"--fingerprint", "abc", "--login", "a", "--password-file", file, "me"};
        QTest::newRow("batch with op")
            << QStringList{"--batch", "--login", "a", "--password-file", file, "me"};
        QTest::newRow("unknown option")
            << QStringList{"--frobnicate", "--login", "a", "--password-file", file, "me"};
    }
    void wrongCallsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const auto parsed = parse(arguments);
        QVERIFY(!parsed.options);
        QCOMPARE(parsed.exitCode, 2);
        QVERIFY(!parsed.error.isEmpty());
    }

    void fingerprintIsNormalized()
    {
        const auto parsed =
            parse({"--fingerprint",
                   "13:39:5C:77:A9:F4:9B:A0:20:94:51:3D:9B:CE:35:DD:53:15:84:D8:4B:65:4A:B9:81:9E:"
                   "11:2F:50:7C:E1:6F",
                   "--login", "a", "--password-file", passwordFile("x"), "--batch"});
        QVERIFY2(parsed.options, qPrintable(parsed.error));
        QCOMPARE(parsed.options->trust, TrustMode::Fingerprint);
        QCOMPARE(parsed.options->fingerprint,
                 QByteArray("13395c77a9f49ba02094513d9bce35dd531584d84b654ab9819e112f507ce16f"));
        QVERIFY(parsed.options->batch);
    }
};

QTEST_GUILESS_MAIN(tst_CliJson)
#include "tst_CliJson.moc"
