#pragma once

#include "api/apiclient.h"
#include "demoserver.h"

#include <functional>
#include <memory>

// A generated demo server on 127.0.0.1 (random port) and an ApiClient talking to it with
// quick retries: what the page, users, live and token tests start from.
struct DemoFixture {
    std::unique_ptr<DemoServer> server;
    std::unique_ptr<ApiClient> client;

    // `now`: the data set ends there; `clock`: the server's "now" (default: the real clock).
    bool start(int users, int days, const QString &token, qint64 now,
               std::function<qint64()> clock = {});
    void stop();
};
