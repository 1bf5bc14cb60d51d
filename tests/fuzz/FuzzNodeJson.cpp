// libFuzzer target for execution node input/output decoding (models/JsonTreeModel): a node's JSON comes
// from the platform's database, so any text must either be refused (and then shown as text) or become a
// tree that agrees with QJsonDocument, whose cells are single lines of bounded length and whose copy
// ("Copy" of the whole document) parses back to the same value.
#include "FuzzRequire.h"

#include <models/common/JsonTreeModel.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

// Visits at most `budget` cells, checking each; the tree is built lazily as it is walked, like a view.
void walk(const JsonTreeModel& model, const QModelIndex& parent, int& budget)
{
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows && budget > 0; ++row, --budget) {
        const QModelIndex key = model.index(row, JsonTreeModel::KeyColumn, parent);
        REQUIRE(key.isValid() && model.parent(key) == parent);
        const QString shown = model.data(model.index(row, JsonTreeModel::ValueColumn, parent)).toString();
        const QString type = model.data(model.index(row, JsonTreeModel::TypeColumn, parent)).toString();
        REQUIRE(!type.isEmpty());
        if (type == QLatin1String("string")) {
            // One line, control characters visible, long values cut (a 10 MB output stays one short cell).
            REQUIRE(!shown.contains(u'\n') && !shown.contains(u'\r') && !shown.contains(u'\t'));
            REQUIRE(shown.size() <= JsonTreeModel::kMaxShownValue + 64);
        }
        REQUIRE(model.hasChildren(key) == (model.rowCount(key) > 0));
        walk(model, key, budget);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes); // how node input/output arrives (text columns)
    JsonTreeModel model;
    QString error;
    const bool accepted = model.setJsonText(text, &error);
    REQUIRE(accepted || !error.isEmpty()); // a refusal says why

    // A document QJsonDocument reads on its own must be accepted, and be the same value.
    QJsonParseError parseError{};
    const QJsonDocument direct = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError)
        REQUIRE(accepted);
    if (!accepted) {
        REQUIRE(model.isEmpty() && model.rowCount() == 0);
        return 0;
    }
    const QJsonDocument copied
        = QJsonDocument::fromJson(QByteArray("[") + model.jsonText().toUtf8() + "]", &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError && copied.array().size() == 1);
    // The same value as JSON means it: objects are unordered. (Qt compares objects by position, and orders a
    // key by how it was stored: {"\u0000\U0001F600":1,"\u0000\uFFFD":2} comes back from its own toJson()
    // with the two keys swapped, the same object.)
    if (direct.isObject())
        REQUIRE(copied.array().first().toVariant() == QJsonValue(direct.object()).toVariant());
    else if (direct.isArray())
        REQUIRE(copied.array().first().toVariant() == QJsonValue(direct.array()).toVariant());

    int budget = 5000;
    walk(model, {}, budget);
    return 0;
}
