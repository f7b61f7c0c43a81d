#include "agent/PlaygroundBackend.h"

namespace limitless::agent {

quint64 PlaygroundBackend::resume(const QString&)
{
    return 0;
}

} // namespace limitless::agent
