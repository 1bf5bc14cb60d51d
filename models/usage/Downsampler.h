#pragma once

#include <QPointF>
#include <QVector>

// Largest-triangle-three-buckets (Steinarsson, 2013): keeps the first and last point and, per bucket,
// the point making the largest triangle with its neighbours, so peaks and dips survive. Returns the
// indices it keeps, so several stacked series can be thinned at the same x positions.
namespace Downsampler
{
QVector<int> lttbIndices(const QVector<QPointF>& points, int threshold);
QVector<QPointF> lttb(const QVector<QPointF>& points, int threshold);
} // namespace Downsampler
