// libFuzzer target for the wire: bytes in arbitrary pieces through FrameDecoder, each frame
// through parseCborMap and both message readers; what they accept must encode and read back.
#include "protocol/CborLimits.h"
#include "protocol/FrameDecoder.h"
#include "protocol/Message.h"

#include <QCborArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_frames invariant broken: %s\n", what);
        std::abort();
    }
}

QCborMap reparse(const QCborMap& map)
{
    QString why;
    const auto again = parseCborMap(map.toCborValue().toCbor(), &why);
    check(again.has_value(), "a message we encode is refused by our own parser");
    return *again;
}

void handleFrame(const QByteArray& body)
{
    QString why;
    const auto map = parseCborMap(body, &why);
    if (!map) {
        check(!why.isEmpty(), "parseCborMap refused without a reason");
        return;
    }
    why.clear();
    if (const auto request = Wire::requestFromCbor(*map, &why)) {
        QString again;
        const auto back = Wire::requestFromCbor(reparse(Wire::toCbor(*request)), &again);
        check(back.has_value(), "a re-encoded request is refused");
        check(back->id == request->id && back->op == request->op, "request changed on re-encoding");
    } else {
        check(!why.isEmpty(), "requestFromCbor refused without a reason");
    }
    why.clear();
    if (const auto message = Wire::serverMessageFromCbor(*map, &why)) {
        QString again;
        if (const auto* reply = std::get_if<Reply>(&*message)) {
            const auto back = Wire::serverMessageFromCbor(reparse(Wire::toCbor(*reply)), &again);
            check(back && std::holds_alternative<Reply>(*back), "a re-encoded reply is refused");
            const Reply& decoded = std::get<Reply>(*back);
            check(decoded.id == reply->id && decoded.ok == reply->ok,
                  "reply changed on re-encoding");
            check(decoded.error.code == reply->error.code, "error code changed on re-encoding");
        } else {
            const Event& event = std::get<Event>(*message);
            const auto back = Wire::serverMessageFromCbor(reparse(Wire::toCbor(event)), &again);
            check(back && std::holds_alternative<Event>(*back), "a re-encoded event is refused");
            check(std::get<Event>(*back).name == event.name, "event changed on re-encoding");
        }
    } else {
        check(!why.isEmpty(), "serverMessageFromCbor refused without a reason");
    }
}

// Seed corpus: valid frames of every kind, each file starting with the piece-size byte.
void writeSeeds(const QString& directory)
{
    QDir().mkpath(directory);
    Request hello;
    hello.id = 1;
    hello.op = QStringLiteral("hello");
    hello.args.insert(QStringLiteral("protocol"), 1);
    hello.args.insert(QStringLiteral("client"), QStringLiteral("fuzz"));
    Request cell;
    cell.id = 9'000'000'000LL;
    cell.op = QStringLiteral("cell.set");
    cell.args.insert(QStringLiteral("mark"), QStringLiteral("5"));
    cell.args.insert(QStringLiteral("absence"), QStringLiteral("н"));
    cell.args.insert(QStringLiteral("ids"), QCborArray{1, -2, 3.5, true, QCborValue()});
    const Reply ok = Reply::success(2, QCborMap{{QStringLiteral("token"), QByteArray("\x01\x02")}});
    const Reply failed =
        Reply::failure(3, Error{ErrorCode::RuleViolation, QStringLiteral("Нельзя"),
                                QStringLiteral("R06"), QCborArray{QStringLiteral("x")}});
    Event event;
    event.name = QStringLiteral("journal.changed");
    event.data.insert(QStringLiteral("assignment_id"), 4);
    const QList<QByteArray> seeds{
        Wire::frame(hello),
        Wire::frame(cell),
        Wire::frame(ok),
        Wire::frame(failed),
        Wire::frame(event),
        Wire::frame(hello) + Wire::frame(ok) + Wire::frame(event),
        encodeFrame(QByteArray()) + Wire::frame(cell),
        encodeFrame(QByteArray("\xBF\x62id\x01\x62op\x62me\xFF")),
    };
    for (int i = 0; i < seeds.size(); ++i) {
        QFile file(QDir(directory).filePath(QStringLiteral("seed-%1").arg(i)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(QByteArray(1, char(i * 37 + 1)) + seeds.at(i));
    }
}
} // namespace

// With EJOURNAL_FUZZ_WRITE_SEEDS=DIR the binary writes its seed corpus and exits.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* directory = std::getenv("EJOURNAL_FUZZ_WRITE_SEEDS")) {
        writeSeeds(QString::fromLocal8Bit(directory));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte seeds the piece sizes, so the fuzzer explores how reads are cut.
    quint32 state = data[0] | 1u;
    ++data;
    --size;
    FrameDecoder decoder;
    size_t position = 0;
    while (position < size && !decoder.tooLarge()) {
        state = state * 1103515245u + 12345u;
        const size_t piece = std::min<size_t>(1 + (state >> 16) % 64, size - position);
        decoder.append(
            QByteArray(reinterpret_cast<const char*>(data + position), qsizetype(piece)));
        position += piece;
        while (const auto body = decoder.nextFrame())
            handleFrame(*body);
    }
    return 0;
}
