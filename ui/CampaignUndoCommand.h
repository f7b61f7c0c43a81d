#pragma once

#include "campaigns/CampaignService.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace limitless::ui {

// One undoable change to a campaign on the Campaigns page's QUndoStack: create, edit or
// pause/resume. A command is pushed only once its write has succeeded (the first redo() does
// nothing); later undo() and redo() each issue one asynchronous write through CampaignService
// and report its outcome. When such a write fails the page clears the stack, because the
// history no longer matches the database — the database, not the stack, is the truth.
//
// Undoing a create deletes the campaign, which the database refuses once a conversation refers
// to it (the report says so: pause it instead); redoing it inserts the campaign again with the
// same code. Because a re-created campaign has a new id, edits and pause/resume address the
// campaign by its code, which never changes.
class CampaignUndoCommand : public QUndoCommand {
public:
    using Report = std::function<void(const campaigns::CampaignWriteResult&)>;

    // Changes the service has already written: the first redo() does nothing.
    static CampaignUndoCommand* created(campaigns::CampaignService* service, Report report,
                                        const QString& id, const QString& code,
                                        const campaigns::CampaignDraft& draft);
    static CampaignUndoCommand* edited(campaigns::CampaignService* service, Report report,
                                       const QString& id, const QString& code,
                                       const campaigns::CampaignDraft& before,
                                       const campaigns::CampaignDraft& after);
    static CampaignUndoCommand* activeSet(campaigns::CampaignService* service, Report report,
                                          const QString& id, const QString& code, bool active);

    void redo() override;
    void undo() override;

    // The campaign's current id (a redone create gets a new one).
    QString campaignId() const { return *m_id; }

private:
    enum class Kind { Create, Edit, SetActive };
    CampaignUndoCommand(Kind kind, campaigns::CampaignService* service, Report report, QString id,
                        QString code);
    void finish(const campaigns::CampaignWriteResult& result);

    Kind m_kind;
    QPointer<campaigns::CampaignService> m_service;
    Report m_report;
    std::shared_ptr<QString> m_id; // shared with an in-flight re-create's callback
    QString m_code;
    campaigns::CampaignDraft m_before, m_after;
    bool m_active = true;
    bool m_skipRedo = false;
};

} // namespace limitless::ui
