// tenantscope-bench stream: SSE parsing and provider decoding on a 100 MB OpenAI-style stream fed in
// 64 KiB chunks, side by side with the eventsource-parser npm package (installed into a temp folder, run
// with the machine's Node) on the same bytes; then the cost per token from bytes received to text in the
// transcript, and a 20,000-token answer rendered token by token.
#include "BenchSupport.h"

#include <net/ChatStreamDecoder.h>
#include <net/SseParser.h>
#include <ui/playground/TranscriptView.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace
{
constexpr qsizetype kChunk = 64 * 1024;

// Tokens as a model emits them: mostly short ASCII words, some punctuation, newlines, and some
// multi-byte UTF-8 (accents, CJK, an emoji) so the UTF-8 path is exercised.
QVector<QByteArray> tokenVocabulary()
{
    return {" the",
            " of",
            " and",
            " to",
            " model",
            " tenant",
            " workflow",
            ",",
            ".",
            " a",
            " is",
            " for",
            " retry",
            "\\n\\n",
            " \xc3\xa9t\xc3\xa9",
            " caf\xc3\xa9",
            " \xe6\x97\xa5\xe6\x9c\xac",
            " \\\"quoted\\\"",
            " cost",
            " \xf0\x9f\x9a\x80",
            " limit",
            "ing",
            "s"};
}

// One chunk exactly as OpenAI sends it (chat.completion.chunk with every field), then a blank line.
QByteArray openAiChunk(const QByteArray& token, int index)
{
    return "data: {\"id\":\"chatcmpl-AbC123xYz\",\"object\":\"chat.completion.chunk\",\"created\":1732300000,"
           "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_0ba0d124f1\",\"choices\":[{\"index\":0,"
           "\"delta\":{\"content\":\""
        + token + "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n" + (index % 50 == 0 ? ": keep-alive\n\n" : "");
}

QByteArray makeStream(qsizetype targetBytes, qint64* tokens)
{
    const QVector<QByteArray> vocabulary = tokenVocabulary();
    QRandomGenerator random(42);
    QByteArray stream;
    stream.reserve(targetBytes + 4096);
    qint64 n = 0;
    while (stream.size() < targetBytes)
        stream += openAiChunk(vocabulary.at(int(random.bounded(quint32(vocabulary.size())))), int(n++));
    stream += "data: {\"id\":\"chatcmpl-AbC123xYz\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":"
              "{\"prompt_tokens\":20,\"completion_tokens\":"
        + QByteArray::number(n) + "}}\n\ndata: [DONE]\n\n";
    *tokens = n;
    return stream;
}

void line(const QJsonObject& object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

// eventsource-parser on the same file, or why not.
QJsonObject nodeBaseline(const QString& streamFile, QString* why)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty()) {
        *why = QStringLiteral("node or npm not found");
        return {};
    }
    static QTemporaryDir modules; // lives for the run: one install
    QProcess install;
    install.setWorkingDirectory(modules.path());
    install.start(npm,
                  {QStringLiteral("install"),
                   QStringLiteral("--no-audit"),
                   QStringLiteral("--no-fund"),
                   QStringLiteral("--loglevel=error"),
                   QStringLiteral("--prefix"),
                   modules.path(),
                   QStringLiteral("eventsource-parser@3")});
    if (!install.waitForFinished(180000) || install.exitCode() != 0) {
        *why = QStringLiteral("npm install eventsource-parser failed: ")
            + QString::fromUtf8(install.readAllStandardError());
        return {};
    }
    QProcess run;
    run.start(node,
              {QStringLiteral(TS_BENCH_NODE_DIR "/sse_baseline.mjs"),
               modules.path() + QStringLiteral("/node_modules"),
               streamFile,
               QStringLiteral("5")});
    if (!run.waitForFinished(600000) || run.exitCode() != 0) {
        *why = QStringLiteral("node baseline failed: ") + QString::fromUtf8(run.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(run.readAllStandardOutput()).object();
}

// Best of `runs` (after a warm-up): the figure a steady stream sees.
template <typename F> double bestMs(int runs, F once)
{
    once();
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        once();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

QVector<QString> answerTokens(int count)
{
    QVector<QString> tokens;
    const QStringList words = {QStringLiteral(" the"),
                               QStringLiteral(" tenant"),
                               QStringLiteral(" workflow"),
                               QStringLiteral(" failed"),
                               QStringLiteral(" because"),
                               QStringLiteral(" the"),
                               QStringLiteral(" provider"),
                               QStringLiteral(" returned"),
                               QStringLiteral(" 429"),
                               QStringLiteral(","),
                               QStringLiteral(" so"),
                               QStringLiteral(" retry"),
                               QStringLiteral(" with"),
                               QStringLiteral(" backoff"),
                               QStringLiteral(".")};
    for (int i = 0; i < count; ++i)
        tokens.append((i % 80 == 79) ? QStringLiteral("\n\n") : words.at(i % words.size()));
    return tokens;
}
} // namespace

int runStreamBench()
{
    int failures = 0;
    qint64 tokens = 0;
    const QByteArray stream = makeStream(100 * 1024 * 1024, &tokens);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stream.sse"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(stream) != stream.size())
            return 1;
    }
    const double megabytes = double(stream.size()) / 1e6;

    // (a) SSE parsing with UTF-8 validation.
    qint64 events = 0;
    const double parseMs = bestMs(5, [&] {
        SseParser parser;
        events = 0;
        for (qsizetype i = 0; i < stream.size(); i += kChunk)
            events += parser.feed(QByteArrayView(stream).sliced(i, std::min(kChunk, stream.size() - i))).size();
    });
    // (b) SSE plus the OpenAI decoder to text deltas (the JSON is the real cost).
    qint64 deltas = 0;
    qint64 chars = 0;
    const double decodeMs = bestMs(3, [&] {
        OpenAiStreamDecoder decoder;
        deltas = 0;
        chars = 0;
        for (qsizetype i = 0; i < stream.size(); i += kChunk)
            for (const ChatStreamEvent& e :
                 decoder.feed(QByteArrayView(stream).sliced(i, std::min(kChunk, stream.size() - i))))
                if (e.kind == ChatStreamEvent::Kind::Text) {
                    ++deltas;
                    chars += e.text.size();
                }
    });
    QString why;
    const QJsonObject node = nodeBaseline(file, &why);
    const double parseGBs = double(stream.size()) / (parseMs / 1000.0) / 1e9;
    QJsonObject a{{QStringLiteral("bench"), QStringLiteral("sse_parse_utf8")},
                  {QStringLiteral("bytes"), double(stream.size())},
                  {QStringLiteral("chunk_bytes"), double(kChunk)},
                  {QStringLiteral("events"), double(events)},
                  {QStringLiteral("best_ms"), parseMs},
                  {QStringLiteral("gb_per_s"), parseGBs},
                  {QStringLiteral("target_gb_per_s"), 1.0}};
    QJsonObject b{{QStringLiteral("bench"), QStringLiteral("sse_openai_decode")},
                  {QStringLiteral("bytes"), double(stream.size())},
                  {QStringLiteral("text_deltas"), double(deltas)},
                  {QStringLiteral("best_ms"), decodeMs},
                  {QStringLiteral("mb_per_s"), megabytes / (decodeMs / 1000.0)},
                  {QStringLiteral("ns_per_token"), decodeMs * 1e6 / double(std::max<qint64>(deltas, 1))}};
    if (node.isEmpty()) {
        a.insert(QStringLiteral("baseline"), why);
        b.insert(QStringLiteral("baseline"), why);
    } else {
        const QString name = QStringLiteral("eventsource-parser %1 on Node %2")
                                 .arg(node.value(QStringLiteral("eventsource_parser")).toString(),
                                      node.value(QStringLiteral("node")).toString());
        a.insert(QStringLiteral("baseline"), name + QStringLiteral(": TextDecoder + parse"));
        a.insert(QStringLiteral("baseline_ms"), node.value(QStringLiteral("parse_ms")));
        a.insert(QStringLiteral("baseline_events"), node.value(QStringLiteral("parse_events")));
        a.insert(QStringLiteral("speedup_vs_baseline"), node.value(QStringLiteral("parse_ms")).toDouble() / parseMs);
        b.insert(QStringLiteral("baseline"), name + QStringLiteral(": TextDecoder + parse + JSON.parse"));
        b.insert(QStringLiteral("baseline_ms"), node.value(QStringLiteral("decode_ms")));
        b.insert(QStringLiteral("speedup_vs_baseline"), node.value(QStringLiteral("decode_ms")).toDouble() / decodeMs);
        if (node.value(QStringLiteral("parse_events")).toDouble() != double(events)) {
            a.insert(QStringLiteral("error"), QStringLiteral("event counts differ from the baseline"));
            ++failures;
        }
    }
    line(a);
    line(b);
    if (parseGBs < 1.0)
        ++failures;

    // (c)+(d) Bytes to text in the transcript, token by token, for a 20,000-token answer: cost per token
    // at the start and at the end of the answer (flat means no re-layout of what came before).
    constexpr int kTokens = 20000;
    const QVector<QString> answer = answerTokens(kTokens);
    QByteArray answerStream;
    for (int i = 0; i < kTokens; ++i) {
        QByteArray json
            = QJsonDocument(QJsonObject{{QStringLiteral("t"), answer.at(i)}}).toJson(QJsonDocument::Compact);
        json = json.mid(6, json.size() - 8); // the escaped string between {"t":" and "}
        answerStream += openAiChunk(json, 1);
    }
    TranscriptView view;
    view.resize(900, 700);
    view.show();
    view.addUserTurn(QStringLiteral("Explain the failure in detail."));
    view.beginAnswer(QStringLiteral("Assistant"));
    QApplication::processEvents();
    OpenAiStreamDecoder decoder;
    QVector<double> perTokenNs;
    perTokenNs.reserve(kTokens);
    QString full;
    // One network read per token, as a streaming provider sends them.
    qsizetype offset = 0;
    QElapsedTimer frame;
    frame.start();
    double paintMsFirst = -1;
    double paintMsLast = -1;
    for (int i = 0; i < kTokens; ++i) {
        const qsizetype end = answerStream.indexOf("\n\n", offset) + 2;
        QElapsedTimer timer;
        timer.start();
        for (const ChatStreamEvent& e : decoder.feed(QByteArrayView(answerStream).sliced(offset, end - offset)))
            if (e.kind == ChatStreamEvent::Kind::Text) {
                view.appendDelta(e.text);
                full += e.text;
            }
        perTokenNs.append(double(timer.nsecsElapsed()));
        offset = end;
        if (i == 1000 || i == kTokens - 1) { // a frame painted: what the user sees, at the start and the end
            QElapsedTimer paint;
            paint.start();
            view.viewport()->repaint();
            (i == 1000 ? paintMsFirst : paintMsLast) = double(paint.nsecsElapsed()) / 1e6;
        }
        if (frame.elapsed() >= 16) { // the event loop runs once per frame, as in the app
            QApplication::processEvents();
            frame.restart();
        }
    }
    auto meanUs = [&](int from, int to) {
        double sum = 0;
        for (int i = from; i < to; ++i)
            sum += perTokenNs.at(i);
        return sum / double(to - from) / 1000.0;
    };
    auto p99Us = [&](int from, int to) {
        QVector<double> part(perTokenNs.begin() + from, perTokenNs.begin() + to);
        std::sort(part.begin(), part.end());
        return part.at(int(part.size() * 0.99)) / 1000.0;
    };
    QElapsedTimer markdown;
    markdown.start();
    view.finishAnswer(full, {}, false);
    const double markdownMs = double(markdown.nsecsElapsed()) / 1e6;

    // Baseline: re-setting the whole answer per token (what a naive view does), over the first 2,000 tokens.
    QTextBrowser naive;
    naive.resize(900, 700);
    naive.show();
    QString naiveText;
    QVector<double> naiveNs;
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer timer;
        timer.start();
        naiveText += answer.at(i);
        naive.setPlainText(naiveText);
        naiveNs.append(double(timer.nsecsElapsed()));
    }
    auto naiveMeanUs = [&](int from, int to) {
        double sum = 0;
        for (int i = from; i < to; ++i)
            sum += naiveNs.at(i);
        return sum / double(to - from) / 1000.0;
    };
    const double firstUs = meanUs(0, 1000);
    const double lastUs = meanUs(kTokens - 1000, kTokens);
    line({{QStringLiteral("bench"), QStringLiteral("stream_to_screen_per_token")},
          {QStringLiteral("tokens"), kTokens},
          {QStringLiteral("first_1000_mean_us"), firstUs},
          {QStringLiteral("last_1000_mean_us"), lastUs},
          {QStringLiteral("first_1000_p99_us"), p99Us(0, 1000)},
          {QStringLiteral("last_1000_p99_us"), p99Us(kTokens - 1000, kTokens)},
          {QStringLiteral("growth_last_over_first"), lastUs / firstUs},
          {QStringLiteral("frame_paint_ms_at_1000"), paintMsFirst},
          {QStringLiteral("frame_paint_ms_at_20000"), paintMsLast},
          {QStringLiteral("markdown_render_once_ms"), markdownMs},
          {QStringLiteral("baseline"), QStringLiteral("setPlainText(whole answer) per token")},
          {QStringLiteral("baseline_tokens_1_100_mean_us"), naiveMeanUs(0, 100)},
          {QStringLiteral("baseline_tokens_1901_2000_mean_us"), naiveMeanUs(1900, 2000)}});
    if (lastUs > 3 * firstUs)
        ++failures; // not flat
    return failures;
}
