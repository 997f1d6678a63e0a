#include "GridBench.h"

#include "journal/JournalGridModel.h"
#include "journal/JournalGridView.h"
#include "journal/JournalSheet.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace {
// A teacher's window on a 1366×768 school screen, less the navigation and the side panel.
constexpr int kGridWidth = 900;
constexpr int kGridHeight = 600;
constexpr double kNanosecondsPerMs = 1e6;
} // namespace

GridTiming measureGrid(const QCborMap& journalResult, int runs)
{
    std::vector<double> milliseconds;
    GridTiming timing;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const JournalSheet sheet = JournalSheet::fromCbor(journalResult);
        JournalGridModel model;
        model.setEditor({true, false}, sheet.teacherId, true);
        model.setSheet(sheet, {});
        JournalGridView view;
        view.setModel(&model);
        view.resize(kGridWidth, kGridHeight);
        // Rendering into an image lays the view out and paints every visible cell, as the
        // first frame on screen does, without depending on a window system.
        QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
        view.render(&frame);
        milliseconds.push_back(double(timer.nsecsElapsed()) / kNanosecondsPerMs);
        timing.rows = model.rowCount();
        timing.columns = model.columnCount();
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    timing.p50Ms = milliseconds.at(milliseconds.size() / 2);
    timing.p99Ms = milliseconds.at(
        std::min(milliseconds.size() - 1, size_t(double(milliseconds.size()) * 0.99)));
    return timing;
}
