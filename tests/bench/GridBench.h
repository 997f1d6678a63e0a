#pragma once

#include <QCborMap>

// The grid journal's client side on one journal.get answer: parse it, load the model, lay
// out and paint the view offscreen (what a teacher waits for after the answer arrives).
struct GridTiming
{
    double p50Ms = 0;
    double p99Ms = 0;
    int rows = 0;
    int columns = 0;
};

// `runs` fresh loads, each into a new model and view, timed from the CBOR to the first
// painted frame. Needs a QApplication.
GridTiming measureGrid(const QCborMap& journalResult, int runs);
