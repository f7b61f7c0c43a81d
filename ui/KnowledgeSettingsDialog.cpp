#include "KnowledgeSettingsDialog.h"

#include "PasswordField.h"
#include "Theme.h"
#include "auth/SecretStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limitless::ui {

using knowledge::KnowledgeSettings;

namespace {

QWidget* withButton(QWidget* parent, QLineEdit* edit, QPushButton* button)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(edit, 1);
    row->addWidget(button);
    return box;
}

QFormLayout* form(QWidget* parent)
{
    auto* f = new QFormLayout(parent);
    f->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    f->setContentsMargins(0, 0, 0, 0);
    return f;
}

} // namespace

KnowledgeSettingsDialog::KnowledgeSettingsDialog(const QString& profileId,
                                                 auth::SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_profileId(profileId), m_secrets(secrets)
{
    setObjectName(QStringLiteral("knowledgeSettingsDialog"));
    setWindowTitle(tr("Knowledge base settings"));
    setMinimumWidth(560);

    // Processing.
    auto* processing = new QGroupBox(tr("Processing"), this);
    m_inApp = new QRadioButton(tr("In this app: documents are read, chunked and embedded here"),
                               processing);
    m_inApp->setObjectName(QStringLiteral("processInApp"));
    m_cloudWorker = new QRadioButton(
        tr("By a cloud worker: this app only uploads; the worker processes the queue"), processing);
    m_cloudWorker->setObjectName(QStringLiteral("processByWorker"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_inApp);
    group->addButton(m_cloudWorker);
    auto* pl = new QVBoxLayout(processing);
    pl->addWidget(m_inApp);
    pl->addWidget(m_cloudWorker);

    // Storage.
    auto* storage = new QGroupBox(tr("Stored originals"), this);
    m_storage = new QComboBox(storage);
    m_storage->setObjectName(QStringLiteral("storageKind"));
    m_storage->setAccessibleName(tr("Where the originals are kept"));
    m_storage->addItem(tr("A folder on this computer"),
                       QVariant::fromValue(int(KnowledgeSettings::Storage::LocalFolder)));
    m_storage->addItem(tr("Google Cloud Storage"),
                       QVariant::fromValue(int(KnowledgeSettings::Storage::GoogleCloud)));
    m_localFolder = new QLineEdit(storage);
    m_localFolder->setObjectName(QStringLiteral("storageFolder"));
    m_localFolder->setAccessibleName(tr("Storage folder"));
    m_browseLocal = new QPushButton(tr("Browse…"), storage);
    m_localRow = new QWidget(storage);
    form(m_localRow)->addRow(tr("&Folder"), withButton(m_localRow, m_localFolder, m_browseLocal));
    m_bucket = new QLineEdit(storage);
    m_bucket->setObjectName(QStringLiteral("gcsBucket"));
    m_bucket->setAccessibleName(tr("Bucket"));
    m_keyFile = new QLineEdit(storage);
    m_keyFile->setObjectName(QStringLiteral("gcsKeyFile"));
    m_keyFile->setAccessibleName(tr("Service-account key file"));
    m_keyFile->setPlaceholderText(tr("Kept in the keychain; choose a file to replace it"));
    m_browseKey = new QPushButton(tr("Choose…"), storage);
    m_gcsRows = new QWidget(storage);
    QFormLayout* gcsForm = form(m_gcsRows);
    gcsForm->addRow(tr("&Bucket"), m_bucket);
    gcsForm->addRow(tr("Service-account &key"), withButton(m_gcsRows, m_keyFile, m_browseKey));
    auto* sl = form(nullptr);
    sl->setContentsMargins(9, 9, 9, 9);
    storage->setLayout(sl);
    sl->addRow(tr("&Keep them in"), m_storage);
    sl->addRow(m_localRow);
    sl->addRow(m_gcsRows);

    // Embedder.
    auto* embedding = new QGroupBox(tr("Embeddings"), this);
    m_embedder = new QComboBox(embedding);
    m_embedder->setObjectName(QStringLiteral("embedderKind"));
    m_embedder->setAccessibleName(tr("Embedder"));
    m_embedder->addItem(tr("Offline (no network, no key)"),
                        QVariant::fromValue(int(KnowledgeSettings::EmbedderKind::Offline)));
    m_embedder->addItem(
        tr("OpenAI-compatible API"),
        QVariant::fromValue(int(KnowledgeSettings::EmbedderKind::OpenAiCompatible)));
    m_baseUrl = new QLineEdit(embedding);
    m_baseUrl->setObjectName(QStringLiteral("embeddingsBaseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_model = new QLineEdit(embedding);
    m_model->setObjectName(QStringLiteral("embeddingsModel"));
    m_model->setAccessibleName(tr("Model"));
    m_apiKey = new PasswordField(embedding);
    m_apiKey->setObjectName(QStringLiteral("embeddingsKey"));
    m_apiKey->lineEdit()->setAccessibleName(tr("API key"));
    m_apiKey->lineEdit()->setPlaceholderText(tr("Kept in the keychain; type to replace it"));
    m_openAiRows = new QWidget(embedding);
    QFormLayout* oa = form(m_openAiRows);
    oa->addRow(tr("Base &URL"), m_baseUrl);
    oa->addRow(tr("&Model"), m_model);
    oa->addRow(tr("API &key"), m_apiKey);
    auto* el = form(nullptr);
    el->setContentsMargins(9, 9, 9, 9);
    embedding->setLayout(el);
    el->addRow(tr("&Embedder"), m_embedder);
    el->addRow(m_openAiRows);

    // Chunks, limits, fusion, watched folder.
    auto* tuning = new QGroupBox(tr("Chunks and retrieval"), this);
    m_chunkTokens = new QSpinBox(tuning);
    m_chunkTokens->setObjectName(QStringLiteral("chunkTokens"));
    m_chunkTokens->setAccessibleName(tr("Chunk size in tokens"));
    m_chunkTokens->setRange(50, 4000);
    m_chunkTokens->setSuffix(tr(" tokens"));
    m_overlap = new QSpinBox(tuning);
    m_overlap->setObjectName(QStringLiteral("chunkOverlap"));
    m_overlap->setAccessibleName(tr("Chunk overlap in tokens"));
    m_overlap->setRange(0, 1999);
    m_overlap->setSuffix(tr(" tokens"));
    m_maxMb = new QSpinBox(tuning);
    m_maxMb->setObjectName(QStringLiteral("maxUploadMb"));
    m_maxMb->setAccessibleName(tr("Upload limit"));
    m_maxMb->setRange(1, 1024);
    m_maxMb->setSuffix(tr(" MB"));
    m_vectorWeight = new QDoubleSpinBox(tuning);
    m_vectorWeight->setObjectName(QStringLiteral("vectorWeight"));
    m_vectorWeight->setAccessibleName(tr("Weight of the ranking by meaning"));
    m_vectorWeight->setRange(0, 10);
    m_vectorWeight->setSingleStep(0.1);
    m_textWeight = new QDoubleSpinBox(tuning);
    m_textWeight->setObjectName(QStringLiteral("textWeight"));
    m_textWeight->setAccessibleName(tr("Weight of the ranking by words"));
    m_textWeight->setRange(0, 10);
    m_textWeight->setSingleStep(0.1);
    m_rrfK = new QSpinBox(tuning);
    m_rrfK->setObjectName(QStringLiteral("rrfK"));
    m_rrfK->setAccessibleName(tr("Reciprocal rank fusion constant"));
    m_rrfK->setRange(1, 1000);
    m_watched = new QLineEdit(tuning);
    m_watched->setObjectName(QStringLiteral("watchedFolder"));
    m_watched->setAccessibleName(tr("Watched folder"));
    m_watched->setPlaceholderText(tr("None"));
    m_watched->setClearButtonEnabled(true);
    m_browseWatched = new QPushButton(tr("Browse…"), tuning);
    auto* tl = form(nullptr);
    tl->setContentsMargins(9, 9, 9, 9);
    tuning->setLayout(tl);
    tl->addRow(tr("Chunk &size"), m_chunkTokens);
    tl->addRow(tr("Chunk &overlap"), m_overlap);
    tl->addRow(tr("&Upload limit"), m_maxMb);
    tl->addRow(tr("Weight: &meaning"), m_vectorWeight);
    tl->addRow(tr("Weight: &words"), m_textWeight);
    tl->addRow(tr("Fusion &constant (RRF k)"), m_rrfK);
    tl->addRow(tr("&Watched folder"), withButton(tuning, m_watched, m_browseWatched));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    m_problems->setWordWrap(true);
    Theme::setAdaptedStyleSheet(m_problems, QStringLiteral("color: #c92a2a;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveKnowledgeSettings"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(processing);
    layout->addWidget(storage);
    layout->addWidget(embedding);
    layout->addWidget(tuning);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &KnowledgeSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseLocal, &QPushButton::clicked, this,
            [this] { chooseFolder(m_localFolder, tr("Folder for the stored documents")); });
    connect(m_browseWatched, &QPushButton::clicked, this,
            [this] { chooseFolder(m_watched, tr("Folder to watch")); });
    connect(m_browseKey, &QPushButton::clicked, this, &KnowledgeSettingsDialog::chooseKeyFile);
    for (QComboBox* c : {m_storage, m_embedder})
        connect(c, &QComboBox::currentIndexChanged, this, &KnowledgeSettingsDialog::updateForm);
    for (QLineEdit* e : {m_bucket, m_baseUrl, m_model})
        connect(e, &QLineEdit::textChanged, this, &KnowledgeSettingsDialog::updateForm);
    for (QSpinBox* s : {m_chunkTokens, m_overlap, m_maxMb})
        connect(s, &QSpinBox::valueChanged, this, &KnowledgeSettingsDialog::updateForm);

    setSettings(KnowledgeSettings::load(profileId));
}

void KnowledgeSettingsDialog::setSettings(const KnowledgeSettings& s)
{
    m_loaded = s;
    m_inApp->setChecked(s.processing == KnowledgeSettings::Processing::InApp);
    m_cloudWorker->setChecked(s.processing == KnowledgeSettings::Processing::CloudWorker);
    m_storage->setCurrentIndex(m_storage->findData(int(s.storage)));
    m_localFolder->setText(s.localFolder);
    m_localFolder->setPlaceholderText(s.effectiveLocalFolder(m_profileId));
    m_bucket->setText(s.gcsBucket);
    m_embedder->setCurrentIndex(m_embedder->findData(int(s.embedder)));
    m_baseUrl->setText(s.embeddingsBaseUrl);
    m_model->setText(s.embeddingsModel);
    m_chunkTokens->setValue(s.chunk.targetTokens);
    m_overlap->setValue(s.chunk.overlapTokens);
    m_maxMb->setValue(s.maxUploadMb);
    m_vectorWeight->setValue(s.vectorWeight);
    m_textWeight->setValue(s.textWeight);
    m_rrfK->setValue(s.rrfK);
    m_watched->setText(s.watchedFolder);
    updateForm();
}

KnowledgeSettings KnowledgeSettingsDialog::settings() const
{
    KnowledgeSettings s = m_loaded;
    s.processing = m_cloudWorker->isChecked() ? KnowledgeSettings::Processing::CloudWorker
                                              : KnowledgeSettings::Processing::InApp;
    s.storage = KnowledgeSettings::Storage(m_storage->currentData().toInt());
    s.localFolder = m_localFolder->text().trimmed();
    s.gcsBucket = m_bucket->text().trimmed();
    s.embedder = KnowledgeSettings::EmbedderKind(m_embedder->currentData().toInt());
    s.embeddingsBaseUrl = m_baseUrl->text().trimmed();
    s.embeddingsModel = m_model->text().trimmed();
    s.chunk.targetTokens = m_chunkTokens->value();
    s.chunk.overlapTokens = m_overlap->value();
    s.maxUploadMb = m_maxMb->value();
    s.vectorWeight = m_vectorWeight->value();
    s.textWeight = m_textWeight->value();
    s.rrfK = m_rrfK->value();
    s.watchedFolder = m_watched->text().trimmed();
    return s;
}

QString KnowledgeSettingsDialog::problemsText() const
{
    return m_problems->text();
}

void KnowledgeSettingsDialog::updateForm()
{
    const KnowledgeSettings s = settings();
    m_localRow->setVisible(s.storage == KnowledgeSettings::Storage::LocalFolder);
    m_gcsRows->setVisible(s.storage == KnowledgeSettings::Storage::GoogleCloud);
    m_openAiRows->setVisible(s.embedder == KnowledgeSettings::EmbedderKind::OpenAiCompatible);
    const QStringList problems = s.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(problems.isEmpty());
}

void KnowledgeSettingsDialog::chooseFolder(QLineEdit* target, const QString& title)
{
    auto* dialog = new QFileDialog(this, title, target->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

void KnowledgeSettingsDialog::chooseKeyFile()
{
    auto* dialog = new QFileDialog(this, tr("Service-account key"), QString(),
                                   tr("JSON key files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_keyFile, &QLineEdit::setText);
    dialog->open();
}

bool KnowledgeSettingsDialog::save()
{
    const KnowledgeSettings s = settings();
    if (!s.problems().isEmpty()) {
        updateForm();
        return false;
    }
    QByteArray gcsKey;
    if (!m_keyFile->text().trimmed().isEmpty()) {
        QFile f(m_keyFile->text().trimmed());
        if (!f.open(QIODevice::ReadOnly)) {
            m_problems->setText(tr("Cannot read the key file: %1").arg(f.errorString()));
            m_problems->show();
            return false;
        }
        gcsKey = f.readAll();
    }
    const QByteArray apiKey = m_apiKey->text().toUtf8();
    const bool reprocess =
        s.chunk != m_loaded.chunk || s.embeddingModelName() != m_loaded.embeddingModelName();

    // Secrets first; the settings are saved once the keychain has them, so a profile never
    // names an embedder whose key is missing because the keychain refused it.
    m_save->setEnabled(false);
    QPointer<KnowledgeSettingsDialog> self(this);
    auto finish = [self, s, reprocess](const QString& error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_problems->setText(
                tr("The key could not be stored in the keychain: %1").arg(error));
            self->m_problems->show();
            self->m_save->setEnabled(true);
            return;
        }
        s.save(self->m_profileId);
        self->m_loaded = s;
        self->m_apiKey->clear();
        self->m_keyFile->clear();
        emit self->saved(s, reprocess);
        self->accept();
    };
    auto writeGcs = [self, gcsKey, finish]() {
        if (!self || gcsKey.isEmpty() || !self->m_secrets) {
            finish({});
            return;
        }
        self->m_secrets->write(
            KnowledgeSettings::gcsKeyName(self->m_profileId), gcsKey, self,
            [finish](const auth::AuthError& e) { finish(e ? e.userMessage() : QString()); });
    };
    if (apiKey.isEmpty() || !m_secrets) {
        writeGcs();
    } else {
        m_secrets->write(KnowledgeSettings::embeddingsKeyName(m_profileId), apiKey, this,
                         [writeGcs, finish](const auth::AuthError& e) {
                             if (e)
                                 finish(e.userMessage());
                             else
                                 writeGcs();
                         });
    }
    return true;
}

} // namespace limitless::ui
