#pragma once

#include <catch2/catch.hpp>

#include <QString>

// Lets Catch print QStrings (and lists of them) in failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
