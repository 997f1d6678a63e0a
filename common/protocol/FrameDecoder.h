#pragma once

#include <QByteArray>

#include <optional>

// Largest frame either side accepts (PROTOCOL.md).
inline constexpr qsizetype kMaxFrameBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kFrameHeaderBytes = 4;

// Splits a byte stream into frames: 4-byte big-endian length, then the body. The length
// is checked as soon as the header arrives, before any of the body is buffered.
class FrameDecoder
{
public:
    explicit FrameDecoder(qsizetype maxFrameBytes = kMaxFrameBytes);

    // Appends bytes as they came off the socket (part of a frame or several frames).
    void append(const QByteArray& bytes);
    // The next complete frame body, if one is buffered.
    std::optional<QByteArray> nextFrame();
    // True once a header announced a frame over the limit; the stream is then unusable.
    bool tooLarge() const { return m_tooLarge; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_maxFrameBytes;
    bool m_tooLarge = false;
};

// Prefixes a body with its 4-byte big-endian length.
QByteArray encodeFrame(const QByteArray& body);
