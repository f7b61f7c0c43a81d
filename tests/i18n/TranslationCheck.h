#pragma once

#include <QString>
#include <QStringList>

namespace limitless::test {

// The catalogues against the sources: lupdate is run into temporary copies of the committed .ts
// files (never the files themselves), and the copies are compared with the originals.
class TranslationCheck {
public:
    struct Report {
        QString error;              // lupdate could not run, a catalogue could not be read …
        QStringList notInCatalogue; // tr() strings of the sources the catalogues lack
        QStringList vanished;       // catalogue entries no source has any more
        QStringList unfinished;     // entries without a finished translation
        QStringList obsolete;       // entries marked obsolete or vanished in the catalogue
        bool ok() const
        {
            return error.isEmpty() && notInCatalogue.isEmpty() && vanished.isEmpty() &&
                   unfinished.isEmpty() && obsolete.isEmpty();
        }
        // One line per problem, naming the catalogue, the context and the source string.
        QString describe() const;
    };

    // Every .cpp and .h under `folders` (recursively), as translations/CMakeLists.txt globs them.
    static QStringList sources(const QStringList& folders);
    // `options`: more lupdate options (-pluralonly for the English plural catalogue).
    static Report run(const QString& lupdate, const QStringList& sources,
                      const QStringList& tsFiles, const QStringList& options = {});
};

} // namespace limitless::test
