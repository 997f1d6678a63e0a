// The mark rules both sides check: R01 mark syntax, R03 absence codes, R15 period mark
// values, R04 weighted average, R16 forecast.
#include "domain/MarkRules.h"

#include <QtTest>

class TestMarkRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void r01_marksFromOneToFive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("5") << QStringLiteral("5") << true;
        QTest::newRow("1") << QStringLiteral("1") << true;
        QTest::newRow("space") << QStringLiteral(" 4 ") << true;
        QTest::newRow("0") << QStringLiteral("0") << false;
        QTest::newRow("6") << QStringLiteral("6") << false;
        QTest::newRow("55") << QStringLiteral("55") << false;
        QTest::newRow("minus") << QStringLiteral("5-") << false;
        QTest::newRow("letter") << QStringLiteral("н") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("double in plain subject") << QStringLiteral("5/4") << false;
        QTest::newRow("pass in plain subject") << QStringLiteral("зач") << false;
    }
    void r01_marksFromOneToFive()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        MarkProblem problem;
        const auto mark = MarkRules::parseMark(text, {}, &problem);
        QCOMPARE(mark.has_value(), accepted);
        if (!accepted)
            QCOMPARE(problem.rule, QStringLiteral("R01"));
    }

    void r01_doubleMarksOnlyInDoubleMarkSubjects()
    {
        const SubjectMarking russian{true, false};
        const auto mark = MarkRules::parseMark(QStringLiteral("5/4"), russian);
        QVERIFY(mark);
        QCOMPARE(mark->points, (QList<int>{5, 4}));
        QVERIFY(!MarkRules::parseMark(QStringLiteral("5/6"), russian));
        QVERIFY(!MarkRules::parseMark(QStringLiteral("5/4/3"), russian));
        QVERIFY(MarkRules::parseMark(QStringLiteral("3"), russian));
    }

    void r01_passFailSubjectsTakeOnlyPassOrFail()
    {
        const SubjectMarking passFail{false, true};
        QVERIFY(MarkRules::parseMark(QStringLiteral("зач"), passFail));
        QVERIFY(MarkRules::parseMark(QStringLiteral("НЕЗАЧ"), passFail));
        QVERIFY(MarkRules::parseMark(QStringLiteral("зач"), passFail)->points.isEmpty());
        QVERIFY(!MarkRules::parseMark(QStringLiteral("5"), passFail));
    }

    void r03_absenceCodes()
    {
        for (const char* code : {"н", "б", "у", "оп"})
            QVERIFY2(MarkRules::isAbsenceCode(QString::fromUtf8(code)), code);
        QVERIFY(!MarkRules::isAbsenceCode(QStringLiteral("x")));
        QVERIFY(!MarkRules::isAbsenceCode(QString()));
        QVERIFY(MarkRules::isAbsenceReason(QStringLiteral("б")));
        QVERIFY(!MarkRules::isAbsenceReason(QStringLiteral("н")));
    }

    void r15_periodMarkValues()
    {
        for (const char* value : {"5", "4", "3", "2", "н/а", "зач", "незач", "осв"})
            QVERIFY2(MarkRules::isPeriodMarkValue(QString::fromUtf8(value)), value);
        QVERIFY(!MarkRules::isPeriodMarkValue(QStringLiteral("1")));
        QVERIFY(!MarkRules::isPeriodMarkValue(QStringLiteral("5/4")));
    }

    void r04_weightedAverageCountsEachHalfOfADoubleMark()
    {
        const SubjectMarking russian{true, false};
        const QList<MarkRules::WeightedMark> marks{
            {*MarkRules::parseMark(QStringLiteral("5"), russian), 1.0},
            {*MarkRules::parseMark(QStringLiteral("3"), russian), 2.0},
            {*MarkRules::parseMark(QStringLiteral("5/4"), russian), 1.0},
        };
        // (5·1 + 3·2 + 5·1 + 4·1) / (1 + 2 + 1 + 1) = 20 / 5
        QCOMPARE(*MarkRules::weightedAverage(marks), 4.0);
        QVERIFY(!MarkRules::weightedAverage({}));
        QVERIFY(!MarkRules::weightedAverage(
            {{*MarkRules::parseMark(QStringLiteral("зач"), {false, true}), 1.0}}));
    }

    void r16_forecastRoundsHalvesUp()
    {
        QCOMPARE(MarkRules::forecast(4.5), QStringLiteral("5"));
        QCOMPARE(MarkRules::forecast(4.49), QStringLiteral("4"));
        QCOMPARE(MarkRules::forecast(2.5), QStringLiteral("3"));
        QCOMPARE(MarkRules::forecast(1.2), QStringLiteral("2"));
        QCOMPARE(MarkRules::forecast(5.0), QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(TestMarkRules)
#include "tst_MarkRules.moc"
