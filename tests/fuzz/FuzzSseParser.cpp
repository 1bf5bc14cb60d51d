// libFuzzer target for the SSE parser: any bytes, split at a point the input chooses, must neither crash
// nor break the parser's promises (events only at blank lines, no line-end characters inside a field but
// data's own LF, memory bounded by the line limit).
#include <net/SseParser.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = input.isEmpty() ? 0 : qsizetype(data[0]) % (input.size() + 1);
    SseParser whole(4096);
    SseParser split(4096);
    const QVector<SseEvent> a = whole.feed(input);
    QVector<SseEvent> b = split.feed(input.first(cut));
    b += split.feed(input.sliced(cut));
    // The same events however the bytes arrive (unless the line limit stopped one of them).
    if (!whole.failed() && !split.failed()) {
        if (a.size() != b.size())
            __builtin_trap();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a.at(i).data != b.at(i).data || a.at(i).type != b.at(i).type
                || a.at(i).lastEventId != b.at(i).lastEventId)
                __builtin_trap();
    }
    for (const SseEvent& event : a)
        if (event.type.contains(u'\n') || event.type.contains(u'\r') || event.data.contains('\r')
            || !QByteArrayView(event.data).isValidUtf8())
            __builtin_trap();
    whole.finish();
    return 0;
}
