#include "demofixture.h"

bool DemoFixture::start(int users, int days, const QString &token, qint64 now,
                        std::function<qint64()> clock)
{
    GeneratorOptions g;
    g.users = users;
    g.days = days;
    g.now = now;
    DemoServerOptions options;
    options.token = token;
    server = std::make_unique<DemoServer>(
        std::make_unique<DemoApi>(generateDataSet(g), std::move(clock)), options);
    if (!server->listen())
        return false;
    client = std::make_unique<ApiClient>();
    client->setBaseUrl(server->baseUrl());
    client->setToken(token);
    RetryPolicy fast; // retries stay, their waits shrink to keep tests quick
    fast.baseDelayMs = 10;
    client->setRetryPolicy(fast);
    return true;
}

void DemoFixture::stop()
{
    client.reset();
    server.reset();
}
