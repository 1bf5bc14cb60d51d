#include <models/plans/PlanFields.h>

#include <QJsonArray>
#include <QTest>

// Plan and override fields as typed on the command line or in the editor: parsed, validated with the
// field named, shown, and diffed.
class TestPlanFields : public QObject
{
    Q_OBJECT

private slots:
    void parsesAssignments()
    {
        QString field;
        QJsonValue value;
        QVERIFY(
            PlanFields::parseAssignment(QStringLiteral("included_tokens=5000000"), false, &field, &value).isEmpty());
        QCOMPARE(field, QStringLiteral("included_tokens"));
        QCOMPARE(value.toInteger(), 5000000);
        QVERIFY(PlanFields::parseAssignment(QStringLiteral("monthly_runs=unlimited"), false, &field, &value).isEmpty());
        QVERIFY(value.isNull());
        QVERIFY(PlanFields::parseAssignment(QStringLiteral("overage_per_1k=0.25"), false, &field, &value).isEmpty());
        QCOMPARE(value.toString(), QStringLiteral("0.25"));
        QVERIFY(PlanFields::parseAssignment(
                    QStringLiteral("allowed_models=gpt-4o, claude-3-5-haiku"), false, &field, &value)
                    .isEmpty());
        QCOMPARE(value.toArray().size(), 2);
        QCOMPARE(value.toArray().at(1).toString(), QStringLiteral("claude-3-5-haiku"));
        // Overrides: "plan" follows the plan; "unlimited" is not something an override can say.
        QVERIFY(PlanFields::parseAssignment(QStringLiteral("max_concurrent=plan"), true, &field, &value).isEmpty());
        QVERIFY(value.isNull());
        QVERIFY(
            !PlanFields::parseAssignment(QStringLiteral("max_concurrent=unlimited"), true, &field, &value).isEmpty());
        QVERIFY(!PlanFields::parseAssignment(QStringLiteral("base_price=10"), true, &field, &value).isEmpty());
    }

    void refusesWithTheFieldNamed_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("negative") << "included_tokens=-1";
        QTest::newRow("zero rate") << "requests_per_minute=0";
        QTest::newRow("fraction") << "monthly_runs=2.5";
        QTest::newRow("words") << "tokens_per_minute=many";
        QTest::newRow("too precise") << "overage_per_1k=0.001";
        QTest::newRow("negative price") << "base_price=-3";
        QTest::newRow("not money") << "base_price=12,50";
        QTest::newRow("empty name") << "name=  ";
        QTest::newRow("unknown") << "discount=5";
        QTest::newRow("no equals") << "included_tokens";
    }

    void refusesWithTheFieldNamed()
    {
        QFETCH(QString, assignment);
        QString field;
        QJsonValue value;
        const QString problem = PlanFields::parseAssignment(assignment, false, &field, &value);
        QVERIFY2(!problem.isEmpty(), qPrintable(assignment));
        QVERIFY2(problem.contains(assignment.section(u'=', 0, 0).trimmed()), qPrintable(problem));
    }

    void checksModelsAgainstThePriceTable()
    {
        const QStringList known{QStringLiteral("gpt-4o"), QStringLiteral("claude-3-5-haiku")};
        QVERIFY(PlanFields::validate(QStringLiteral("allowed_models"), QJsonArray{QStringLiteral("gpt-4o")}, known)
                    .isEmpty());
        QVERIFY(PlanFields::validate(QStringLiteral("allowed_models"), QJsonArray{QStringLiteral("gpt-5")}, known)
                    .contains(QLatin1String("gpt-5")));
    }

    void diffShowsOnlyRealChanges()
    {
        const QJsonObject current{
            {QStringLiteral("base_price"), QStringLiteral("49.00")},
            {QStringLiteral("included_tokens"), 2000000},
            {QStringLiteral("monthly_runs"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("allowed_models"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
        const QJsonObject changes{
            {QStringLiteral("base_price"), QStringLiteral("49")}, // the same amount
            {QStringLiteral("included_tokens"), 3000000},
            {QStringLiteral("monthly_runs"), 500},
            {QStringLiteral("allowed_models"), QJsonArray{QStringLiteral("b"), QStringLiteral("a")}}};
        const auto diff = PlanFields::diff(current, changes);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).field, QStringLiteral("included_tokens"));
        QCOMPARE(diff.at(1).field, QStringLiteral("monthly_runs"));
        QCOMPARE(PlanFields::display(QStringLiteral("monthly_runs"), diff.at(1).before), QStringLiteral("unlimited"));
        QCOMPARE(PlanFields::display(QStringLiteral("base_price"), QStringLiteral("49.00")), QStringLiteral("$49.00"));
    }
};

QTEST_GUILESS_MAIN(TestPlanFields)
#include "TestPlanFields.moc"
