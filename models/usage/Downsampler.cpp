#include <models/usage/Downsampler.h>

#include <cmath>

namespace Downsampler
{

QVector<int> lttbIndices(const QVector<QPointF>& points, int threshold)
{
    const int n = static_cast<int>(points.size());
    QVector<int> kept;
    if (threshold >= n || threshold < 3) {
        kept.reserve(n);
        for (int i = 0; i < n; ++i)
            kept << i;
        return kept;
    }
    kept.reserve(threshold);
    kept << 0;
    const double every = double(n - 2) / double(threshold - 2);
    int a = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        // The average of the next bucket is the third corner of the triangle.
        const int nextStart = static_cast<int>(std::floor((bucket + 1) * every)) + 1;
        const int nextEnd = std::min(static_cast<int>(std::floor((bucket + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        const int nextCount = std::max(1, nextEnd - nextStart);
        for (int i = nextStart; i < nextEnd; ++i) {
            avgX += points[i].x();
            avgY += points[i].y();
        }
        if (nextEnd > nextStart) {
            avgX /= nextCount;
            avgY /= nextCount;
        } else {
            avgX = points[n - 1].x();
            avgY = points[n - 1].y();
        }
        const int start = static_cast<int>(std::floor(bucket * every)) + 1;
        const int end = static_cast<int>(std::floor((bucket + 1) * every)) + 1;
        const double ax = points[a].x();
        const double ay = points[a].y();
        double maxArea = -1;
        int chosen = start;
        for (int i = start; i < end && i < n; ++i) {
            const double area = std::abs((ax - avgX) * (points[i].y() - ay) - (ax - points[i].x()) * (avgY - ay));
            if (area > maxArea) {
                maxArea = area;
                chosen = i;
            }
        }
        kept << chosen;
        a = chosen;
    }
    kept << n - 1;
    return kept;
}

QVector<QPointF> lttb(const QVector<QPointF>& points, int threshold)
{
    const QVector<int> indices = lttbIndices(points, threshold);
    QVector<QPointF> out;
    out.reserve(indices.size());
    for (int i : indices)
        out << points[i];
    return out;
}

} // namespace Downsampler
