// Users figures (issues "Users browser" and #17), 100 000 users of the demo data set:
//  (a) decode + model build time as a ratio to QJsonDocument::fromJson alone (goal <= 1.0);
//  (b) peak memory added by decode + model as a ratio to the payload size (goal <= 1.5), with
//      the decode's own peak, what its rows hold, and what the table's snapshot holds;
//  (c) the longest UI-thread stall while searching and sorting (goal < 50 ms).
// Run: build/release/bench/bench_users
#include "api/decoders.h"
#include "demoapi.h"
#include "generator.h"
#include "models/usersfiltermodel.h"
#include "models/usersmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

#include <malloc.h>

namespace {
QTextStream out(stdout);

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto m = QRegularExpression(QStringLiteral("%1:\\s+(\\d+) kB").arg(QLatin1String(field)))
                       .match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current RSS
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    GeneratorOptions g;
    g.users = 100000;
    g.days = 365;
    g.now = QDateTime::currentSecsSinceEpoch();
    QByteArray body;
    {
        DemoApi api(generateDataSet(g));
        body =
            api.handle("GET", {QStringLiteral("apps"), g.appId, QStringLiteral("users")}, {}).body;
    } // the data set is gone before measuring memory
    body.reserve(body.size() + Decode::kBodyPadding); // as ApiCall keeps an answer
    out << "users payload: " << body.size() / (1024 * 1024.0) << " MiB" << Qt::endl;

    // (b) first, while the heap holds nothing but the payload.
    malloc_trim(0);
    const qint64 before = statusKiB("VmRSS");
    resetPeak();
    // As the Users page does it: streamed rows, then the table snapshot.
    UsersModel model;
    QVector<UserRow> rows = Decode::userRows(body).value().rows;
    const qint64 decodePeak = statusKiB("VmHWM");
    const qint64 rowsHeld = statusKiB("VmRSS");
    model.setSnapshot(UsersModel::prepare(std::move(rows)));
    const qint64 peak = statusKiB("VmHWM");
    const double added = double(peak - before) * 1024.0;
    out << "    decode's own peak " << (decodePeak - before) / 1024.0 << " MiB, its rows "
        << (rowsHeld - before) / 1024.0 << " MiB; the table's snapshot "
        << (statusKiB("VmRSS") - before) / 1024.0 << " MiB" << Qt::endl;
    out << "(b) peak memory added " << added / (1024 * 1024.0) << " MiB for "
        << body.size() / (1024 * 1024.0) << " MiB of payload: ratio " << added / double(body.size())
        << Qt::endl;

    QVector<double> parse, build, decode;
    for (int i = 0; i < 5; ++i) {
        parse.append(timeMs([&] { QJsonDocument::fromJson(body); }));
        UsersModel scratch;
        build.append(timeMs([&] {
            scratch.setSnapshot(UsersModel::prepare(Decode::userRows(body).value().rows));
        }));
        decode.append(timeMs([&] { Decode::userRows(body); }));
    }
    std::sort(parse.begin(), parse.end());
    std::sort(build.begin(), build.end());
    std::sort(decode.begin(), decode.end());
    out << "(a) decode + model " << build[2] << " ms (decode alone " << decode[2]
        << " ms), fromJson alone " << parse[2] << " ms: ratio " << build[2] / parse[2] << Qt::endl;

    UsersFilterModel filter;
    filter.setUsersModel(&model);
    double longest = 0;
    QString longestWhat;
    auto measure = [&](const QString &what, auto &&f) {
        const double ms = timeMs(f);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            out << "    " << what << ": " << ms << " ms" << Qt::endl;
        if (ms > longest) {
            longest = ms;
            longestWhat = what;
        }
    };
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        measure(QStringLiteral("sort column %1").arg(column),
                [&] { filter.sort(column, Qt::AscendingOrder); });
        measure(QStringLiteral("sort column %1 desc").arg(column),
                [&] { filter.sort(column, Qt::DescendingOrder); });
    }
    const QString typed = QStringLiteral("user-0001");
    for (int i = 1; i <= typed.size(); ++i)
        measure(QStringLiteral("search \"%1\"").arg(typed.left(i)),
                [&] { filter.setSearchText(typed.left(i)); });
    measure(QStringLiteral("search cleared"), [&] { filter.setSearchText(QString()); });
    measure(QStringLiteral("search \"DE\""), [&] { filter.setSearchText(QStringLiteral("DE")); });
    out << "(c) longest UI-thread stall while sorting and searching: " << longest << " ms ("
        << longestWhat << ")" << Qt::endl;
    return 0;
}
