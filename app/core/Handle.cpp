#include "core/Handle.h"

namespace limitless::core {

QString instagramHandle(const QString& stored)
{
    qsizetype at = 0;
    while (at < stored.size() && stored.at(at) == QLatin1Char('@'))
        ++at;
    if (at == stored.size())
        return stored.isEmpty() ? QString() : QStringLiteral("@");
    return QLatin1Char('@') + stored.mid(at);
}

} // namespace limitless::core
