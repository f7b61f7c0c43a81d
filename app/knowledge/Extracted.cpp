#include "knowledge/Extracted.h"

namespace limitless::knowledge {

QString fileTypeName(FileKind kind)
{
    switch (kind) {
    case FileKind::Pdf:
        return QStringLiteral("pdf");
    case FileKind::Docx:
        return QStringLiteral("docx");
    case FileKind::Text:
        return QStringLiteral("txt");
    case FileKind::Markdown:
        return QStringLiteral("md");
    case FileKind::Unknown:
        break;
    }
    return {};
}

FileKind fileKindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return FileKind::Pdf;
    if (n == QLatin1String("docx"))
        return FileKind::Docx;
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return FileKind::Text;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return FileKind::Markdown;
    return FileKind::Unknown;
}

QString ExtractError::code() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Mismatch:
        return QStringLiteral("mismatch");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Encrypted:
        return QStringLiteral("encrypted");
    case Kind::WrongPassword:
        return QStringLiteral("wrong-password");
    case Kind::ZipBomb:
        return QStringLiteral("zip-bomb");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

ExtractError ExtractError::make(Kind kind, const QString& message)
{
    ExtractError e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString spanProblem(const ExtractedText& extracted)
{
    const qsizetype size = extracted.text.size();
    const auto range = [](qsizetype start, qsizetype end) {
        return QStringLiteral("[%1, %2)").arg(start).arg(end);
    };

    qsizetype expected = 0;
    for (qsizetype i = 0; i < extracted.pages.size(); ++i) {
        const PageSpan& p = extracted.pages.at(i);
        if (p.number != i + 1)
            return QStringLiteral("page %1 is numbered %2").arg(i + 1).arg(p.number);
        if (p.start != expected || p.end < p.start)
            return QStringLiteral("page %1 spans %2 where it should start at %3")
                .arg(p.number)
                .arg(range(p.start, p.end))
                .arg(expected);
        expected = p.end;
    }
    if (!extracted.pages.isEmpty() && expected != size)
        return QStringLiteral("the pages end at %1, the text at %2").arg(expected).arg(size);

    // Sections nest: one that starts inside another ends inside it too. `open` holds the
    // sections that contain the current one, innermost last.
    QList<const SectionSpan*> open;
    for (qsizetype i = 0; i < extracted.sections.size(); ++i) {
        const SectionSpan& s = extracted.sections.at(i);
        if (s.start < 0 || s.end < s.start || s.end > size)
            return QStringLiteral("section \"%1\" spans %2 outside the text of %3")
                .arg(s.title, range(s.start, s.end))
                .arg(size);
        if (i > 0 && s.start < extracted.sections.at(i - 1).start)
            return QStringLiteral("section \"%1\" starts before the one listed before it")
                .arg(s.title);
        while (!open.isEmpty() && open.last()->end <= s.start)
            open.removeLast();
        if (!open.isEmpty() && s.end > open.last()->end) {
            const SectionSpan& outer = *open.last();
            return QStringLiteral("section \"%1\" %2 overlaps \"%3\" %4 without nesting")
                .arg(s.title, range(s.start, s.end), outer.title, range(outer.start, outer.end));
        }
        open.append(&s);
    }

    qsizetype atomicEnd = 0;
    for (const AtomicSpan& a : extracted.atomic) {
        if (a.start < 0 || a.end < a.start || a.end > size)
            return QStringLiteral("atomic span %1 is outside the text of %2")
                .arg(range(a.start, a.end))
                .arg(size);
        if (a.start < atomicEnd)
            return QStringLiteral("atomic span %1 overlaps the one before it")
                .arg(range(a.start, a.end));
        atomicEnd = a.end;
    }
    return {};
}

} // namespace limitless::knowledge
