#include <net/JsonFields.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// The fast JSON path follows RFC 8259 (as JSON.parse does). QJsonDocument is more lenient ("1.", ".5",
// "\x", raw control characters in strings); everything we accept it accepts too, with the same values.
class TestJsonFields : public QObject
{
    Q_OBJECT

    static bool qtAccepts(const QByteArray& json, QJsonObject* object = nullptr)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return false;
        if (object)
            *object = document.object();
        return true;
    }

    // What QJsonDocument finds at "choices.0.delta.content".
    static QJsonValue qtContent(const QJsonObject& object)
    {
        const QJsonValue choices = object.value(QStringLiteral("choices"));
        if (!choices.isArray() || choices.toArray().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue delta = choices.toArray().first().toObject().value(QStringLiteral("delta"));
        if (!delta.isObject())
            return QJsonValue(QJsonValue::Undefined);
        return delta.toObject().value(QStringLiteral("content"));
    }

private slots:
    void extractsTheAskedValues()
    {
        JsonFields fields{
            "choices.0.delta.content", "choices.0.finish_reason", "usage", "usage.prompt_tokens", "a.b\\u"};
        QVERIFY(fields.parse(" {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi \\\"you\\\" "
                             "\\u00e9\\ud83d\\ude80\\n\"},\n"
                             "            "
                             "\"finish_reason\":null},{\"delta\":{\"content\":\"second\"}}],\"usage\":{\"prompt_"
                             "tokens\":12.0,\"x\":[1,2,{\"y\":true}]}} "));
        QCOMPARE(fields.at(0).kind, JsonFields::Kind::String);
        QCOMPARE(fields.at(0).string, QString::fromUtf8("Hi \"you\" \xc3\xa9\xf0\x9f\x9a\x80\n"));
        QCOMPARE(fields.at(1).kind, JsonFields::Kind::Null);
        QCOMPARE(fields.at(2).kind, JsonFields::Kind::Object);
        QCOMPARE(fields.at(3).number, 12.0);
        QCOMPARE(fields.at(4).kind, JsonFields::Kind::Missing);
        // A key written with escapes is the same key; the last duplicate wins.
        QVERIFY(fields.parse("{\"choices\":[{\"d\\u0065lta\":{\"content\":\"a\",\"content\":\"b\"}}]}"));
        QCOMPARE(fields.at(0).string, QStringLiteral("b"));
        // A later duplicate of an enclosing key replaces everything captured inside the earlier one.
        QVERIFY(fields.parse("{\"choices\":[{\"delta\":{\"content\":\"a\"},\"delta\":{\"con\":1}}]}"));
        QCOMPARE(fields.at(0).kind, JsonFields::Kind::Missing);
        // A lone surrogate stays one, as QJsonDocument and JSON.parse read it.
        QVERIFY(fields.parse("{\"choices\":[{\"delta\":{\"content\":\"x\\udc00y\"}}]}"));
        QCOMPARE(fields.at(0).string, QString(QStringLiteral("x")) + QChar(0xDC00) + QStringLiteral("y"));
        // A failed parse leaves nothing behind.
        QVERIFY(!fields.parse("{\"choices\":[{\"delta\":{\"content\":\"x\"}}]} trailing"));
        QCOMPARE(fields.at(0).kind, JsonFields::Kind::Missing);
    }

    void validityFollowsTheRfc_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        const QList<QByteArray> corpus = {"{}",
                                          " {} ",
                                          "{\"a\":1}",
                                          "{\"a\":-0.5e+10}",
                                          "{\"a\":1E5}",
                                          "{\"a\":[]}",
                                          "{\"a\":[1,[2,[3]]]}",
                                          "{\"a\":\"\\u0041\\/\\b\\f\\n\\r\\t\"}",
                                          "{\"a\":true,\"b\":false,\"c\":null}",
                                          "[]",
                                          "1",
                                          "\"s\"",
                                          "",
                                          "{",
                                          "}",
                                          "{\"a\"}",
                                          "{\"a\":}",
                                          "{\"a\":1,}",
                                          "{,}",
                                          "{\"a\":01}",
                                          "{\"a\":1.}",
                                          "{\"a\":.5}",
                                          "{\"a\":-}",
                                          "{\"a\":1e}",
                                          "{\"a\":+1}",
                                          "{\"a\":tru}",
                                          "{\"a\":nul}",
                                          "{\"a\":\"\\x\"}",
                                          "{\"a\":\"\\u12G4\"}",
                                          "{\"a\":\"tab\there\"}",
                                          "{\"a\":\"nl\nhere\"}",
                                          "{\"a\":[1,]}",
                                          "{\"a\":[,1]}",
                                          "{\"a\":1}}",
                                          "{\"a\":1} {}",
                                          "{'a':1}",
                                          "{a:1}",
                                          "{\"a\":NaN}",
                                          "{\"a\":Infinity}",
                                          "{\"a\" 1}",
                                          "{\"a\":\"unterminated}",
                                          "{\"a\":1e308}",
                                          "{\"a\":1e400}",
                                          "{\"a\":1e-400}",
                                          "{\"a\":0e99999}",
                                          "{\"a\":[1 2]}",
                                          "\t{\"a\" :\r\n1 }\n"};
        // Where RFC 8259 and QJsonDocument disagree, the RFC decides.
        const QList<QByteArray> qtLenient
            = {"{\"a\":1.}", "{\"a\":.5}", "{\"a\":\"\\x\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"nl\nhere\"}"};
        for (const QByteArray& json : corpus)
            QTest::newRow(json.constData()) << json << (qtAccepts(json) && !qtLenient.contains(json));
    }

    void validityFollowsTheRfc()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        JsonFields fields{"a"};
        QCOMPARE(fields.parse(json), valid);
    }

    // Random mutations of real chunks: same verdict as QJsonDocument, same content when valid.
    void mutationsAgreeWithQJsonDocument()
    {
        const QList<QByteArray> seeds = {
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{"
            "\"index\":0,\"delta\":{\"content\":\"Hello \\u00e9 "
            "\\\"x\\\"\"},\"logprobs\":null,\"finish_reason\":null}]}",
            "{\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4,\"total_tokens\":13}}",
            "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
        };
        const QByteArray alphabet = "{}[]\":,\\ 0123456789.eE+-tfnaul\"\\u00e9xyz\t\n";
        QRandomGenerator random(7);
        JsonFields fields{"choices.0.delta.content"};
        int valid = 0;
        for (int round = 0; round < 30000; ++round) {
            QByteArray json = seeds.at(round % seeds.size());
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(quint32(json.size() + 1)));
                switch (random.bounded(3)) {
                case 0:
                    json.insert(at, alphabet.at(int(random.bounded(quint32(alphabet.size())))));
                    break;
                case 1:
                    if (at < json.size())
                        json.remove(at, 1);
                    break;
                default:
                    if (at < json.size())
                        json[at] = alphabet.at(int(random.bounded(quint32(alphabet.size()))));
                }
            }
            QJsonObject object;
            const bool qt = qtAccepts(json, &object);
            const bool ours = fields.parse(json);
            QVERIFY2(qt || !ours, json.constData()); // nothing QJsonDocument refuses
            if (!ours)
                continue;
            ++valid;
            const QJsonValue content = qtContent(object);
            if (content.isString()) {
                QCOMPARE(fields.at(0).kind, JsonFields::Kind::String);
                QCOMPARE(fields.at(0).string, content.toString());
            } else {
                QVERIFY(fields.at(0).kind != JsonFields::Kind::String);
            }
        }
        QVERIFY(valid > 1000); // the mutations did keep many documents valid
    }

    void depthIsBounded()
    {
        JsonFields fields{"a"};
        const QByteArray deep = "{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        QVERIFY(!fields.parse(deep)); // refused, not a stack overflow
        const QByteArray fine = "{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}";
        QVERIFY(fields.parse(fine));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "TestJsonFields.moc"
