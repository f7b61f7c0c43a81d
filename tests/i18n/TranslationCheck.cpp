#include "TranslationCheck.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace limitless::test {

namespace {

struct Entry {
    QString context;
    QString source;
    QString type; // the translation's type attribute: "", unfinished, obsolete, vanished
};

QString key(const Entry& e)
{
    return e.context + QLatin1Char('\x1f') + e.source;
}

QString label(const QString& ts, const Entry& e)
{
    return QStringLiteral("%1: %2: \"%3\"").arg(QFileInfo(ts).fileName(), e.context, e.source);
}

bool readCatalogue(const QString& path, QList<Entry>* entries, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Entry{context, {}, {}};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // A translation element with numerusform children, or plain text: an empty
                // plain translation that is not marked is as unfinished as a marked one.
                const QString text =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (current.type.isEmpty() && text.isEmpty())
                    current.type = QStringLiteral("unfinished");
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries->append(current);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 is not a readable catalogue: %2 (line %3)")
                     .arg(path, xml.errorString())
                     .arg(xml.lineNumber());
        return false;
    }
    return true;
}

} // namespace

QString TranslationCheck::Report::describe() const
{
    QStringList lines;
    if (!error.isEmpty())
        lines << error;
    const auto section = [&lines](const QString& title, const QStringList& items) {
        if (items.isEmpty())
            return;
        lines << QStringLiteral("%1 (%2):").arg(title).arg(items.size());
        for (const QString& i : items)
            lines << QStringLiteral("  ") + i;
    };
    section(QStringLiteral("tr() strings not in the catalogue"), notInCatalogue);
    section(QStringLiteral("catalogue entries no source uses any more"), vanished);
    section(QStringLiteral("unfinished translations"), unfinished);
    section(QStringLiteral("obsolete or vanished entries"), obsolete);
    if (!lines.isEmpty())
        lines << QStringLiteral("Refresh with `cmake --build --preset ci --target "
                                "refresh_translations`, then translate the entries.");
    return lines.join(QLatin1Char('\n'));
}

QStringList TranslationCheck::sources(const QStringList& folders)
{
    QStringList files;
    for (const QString& folder : folders) {
        QDirIterator it(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

TranslationCheck::Report TranslationCheck::run(const QString& lupdate, const QStringList& sources,
                                               const QStringList& tsFiles,
                                               const QStringList& options)
{
    Report report;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        report.error = QStringLiteral("no temporary folder: %1").arg(tmp.errorString());
        return report;
    }
    QStringList copies;
    for (const QString& ts : tsFiles) {
        const QString copy = tmp.filePath(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy)) {
            report.error = QStringLiteral("cannot copy %1 to %2").arg(ts, copy);
            return report;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies << copy;
    }
    // The same options as the refresh_translations target.
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("none")};
    args << options << sources << QStringLiteral("-ts") << copies;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(240000) ||
        p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        report.error = QStringLiteral("lupdate (%1) failed: %2\n%3")
                           .arg(lupdate, p.errorString(), QString::fromLocal8Bit(p.readAll()));
        return report;
    }

    for (int i = 0; i < tsFiles.size(); ++i) {
        QList<Entry> committed, refreshed;
        if (!readCatalogue(tsFiles.at(i), &committed, &report.error) ||
            !readCatalogue(copies.at(i), &refreshed, &report.error))
            return report;
        QSet<QString> committedKeys, refreshedKeys;
        for (const Entry& e : committed) {
            committedKeys.insert(key(e));
            if (e.type == QLatin1String("obsolete") || e.type == QLatin1String("vanished"))
                report.obsolete << label(tsFiles.at(i), e);
            else if (e.type == QLatin1String("unfinished"))
                report.unfinished << label(tsFiles.at(i), e);
        }
        for (const Entry& e : refreshed) {
            refreshedKeys.insert(key(e));
            if (!committedKeys.contains(key(e)))
                report.notInCatalogue << label(tsFiles.at(i), e);
        }
        // -no-obsolete drops what no source has any more: an entry the copy lost.
        for (const Entry& e : committed)
            if (!refreshedKeys.contains(key(e)) && e.type != QLatin1String("obsolete") &&
                e.type != QLatin1String("vanished"))
                report.vanished << label(tsFiles.at(i), e);
    }
    return report;
}

} // namespace limitless::test
