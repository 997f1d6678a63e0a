#include "protocol/FrameDecoder.h"

#include <QtEndian>

FrameDecoder::FrameDecoder(qsizetype maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{}

void FrameDecoder::append(const QByteArray& bytes)
{
    if (m_tooLarge)
        return;
    // Drop consumed bytes only now and then, so many small frames stay linear.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
    if (bufferedBytes() >= kFrameHeaderBytes) {
        const auto length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
        if (qsizetype(length) > m_maxFrameBytes) {
            m_tooLarge = true;
            m_buffer.clear();
            m_offset = 0;
        }
    }
}

std::optional<QByteArray> FrameDecoder::nextFrame()
{
    if (m_tooLarge || bufferedBytes() < kFrameHeaderBytes)
        return std::nullopt;
    const auto length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (qsizetype(length) > m_maxFrameBytes) {
        m_tooLarge = true;
        m_buffer.clear();
        m_offset = 0;
        return std::nullopt;
    }
    if (bufferedBytes() < kFrameHeaderBytes + qsizetype(length))
        return std::nullopt;
    QByteArray body = m_buffer.mid(m_offset + kFrameHeaderBytes, length);
    m_offset += kFrameHeaderBytes + length;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    return body;
}

QByteArray encodeFrame(const QByteArray& body)
{
    QByteArray frame(kFrameHeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), frame.data());
    frame.append(body);
    return frame;
}
