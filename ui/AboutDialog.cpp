#include "AboutDialog.h"

#include "db/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace limitless::ui {

QList<AboutDialog::Dependency> AboutDialog::dependencies()
{
    // The libraries the app links (docs/dependencies.md says why each is there).
    return {
        {QStringLiteral("Qt 6"), tr("user interface, networking, charts"),
         QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("libpq"), tr("PostgreSQL client"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("QtKeychain"), tr("passwords in the system keychain"),
         QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("msgpack-c"), tr("transcripts written by LangGraph (Python)"),
         QStringLiteral("BSL-1.0")},
        {QStringLiteral("Poppler"), tr("reading PDF documents"),
         QStringLiteral("GPL-2.0-or-later")},
        {QStringLiteral("Tesseract"), tr("text of scanned pages"), QStringLiteral("Apache-2.0")},
        {QStringLiteral("QuaZip"), tr("reading Word documents"),
         QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("libqrencode"), tr("QR codes for campaign links"),
         QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("OpenSSL"), tr("signing cloud storage requests"),
         QStringLiteral("Apache-2.0")},
        {QStringLiteral("zlib"), tr("compression"), QStringLiteral("Zlib")},
    };
}

AboutDialog::AboutDialog(db::Database* database, QWidget* parent)
    : QDialog(parent), m_versions(db::VersionInfo::local()), m_server(new QLabel(this)),
      m_pgvector(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Limitless OS"));

    auto* icon = new QLabel(this);
    icon->setPixmap(
        QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(48, 48), devicePixelRatioF()));
    icon->setAccessibleName(tr("Limitless OS logo"));
    auto* title = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                 .arg(tr("Limitless OS — Owner Dashboard").toHtmlEscaped(),
                                      tr("Version %1").arg(m_versions.app).toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* copyright = new QLabel(
        tr("Copyright © 2026 Limitless OS. Licensed to Limitless OS customers for use in their "
           "own business."),
        this);
    copyright->setObjectName(QStringLiteral("copyright"));
    copyright->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, QLabel* value) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* name = new QLabel(label, this);
        name->setBuddy(value);
        form->addRow(name, value);
    };
    row(tr("Qt:"),
        new QLabel(m_versions.qtRuntime == m_versions.qtBuild
                       ? m_versions.qtRuntime
                       : tr("%1 (built with %2)").arg(m_versions.qtRuntime, m_versions.qtBuild),
                   this));
    row(tr("libpq:"), new QLabel(m_versions.libpq, this));
    row(tr("PostgreSQL server:"), m_server);
    row(tr("pgvector:"), m_pgvector);
    m_server->setObjectName(QStringLiteral("serverVersion"));
    m_pgvector->setObjectName(QStringLiteral("pgvectorVersion"));

    auto* licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("licences"));
    licences->setAccessibleName(tr("Dependencies and their licences"));
    licences->setOpenExternalLinks(true);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th></tr>")
                .arg(tr("Library"), tr("Used for"), tr("Licence"));
    for (const Dependency& d : dependencies())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(d.name.toHtmlEscaped(), d.use.toHtmlEscaped(), d.licence.toHtmlEscaped());
    html += QStringLiteral("</table>");
    licences->setHtml(html);
    licences->setMinimumHeight(180);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(copyright);
    layout->addLayout(form);
    auto* licencesLabel = new QLabel(tr("Libraries and licences:"), this);
    licencesLabel->setBuddy(licences);
    layout->addWidget(licencesLabel);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(560, 460);

    if (database && database->state() == db::ConnectionState::Connected) {
        m_server->setText(tr("Reading…"));
        m_pgvector->setText(tr("Reading…"));
        // Through the database's worker thread: the dialog shows at once and fills in.
        database->query(db::VersionInfo::statement(), this, [this](const db::QueryResult& r) {
            m_versions.setServer(r);
            showVersions();
            emit serverVersionsRead();
        });
    } else {
        m_versions.serverError = tr("Not connected");
        showVersions();
    }
}

void AboutDialog::showVersions()
{
    if (!m_versions.serverRead) {
        m_server->setText(m_versions.serverError);
        m_pgvector->setText(m_versions.serverError);
        return;
    }
    m_server->setText(m_versions.server);
    m_pgvector->setText(m_versions.pgvector.isEmpty() ? tr("not installed in this database")
                                                      : m_versions.pgvector);
}

QString AboutDialog::versionsText() const
{
    QStringList lines{
        QStringLiteral("Limitless OS %1").arg(m_versions.app),
        QStringLiteral("Qt %1 (built with %2)").arg(m_versions.qtRuntime, m_versions.qtBuild),
        QStringLiteral("libpq %1").arg(m_versions.libpq),
    };
    if (m_versions.serverRead) {
        lines << QStringLiteral("PostgreSQL %1").arg(m_versions.server);
        lines << QStringLiteral("pgvector %1")
                     .arg(m_versions.pgvector.isEmpty() ? QStringLiteral("-")
                                                        : m_versions.pgvector);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace limitless::ui
