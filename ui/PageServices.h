#pragma once

class ConnectionStatus;
class CostRepository;
class TenantRepository;
class UsageRepository;

// What the pages read from: the repositories of one connection and its status.
struct PageServices
{
    TenantRepository* tenants = nullptr;
    UsageRepository* usage = nullptr;
    CostRepository* costs = nullptr;
    ConnectionStatus* status = nullptr;
};
