#include "CampaignUndoCommand.h"

#include <QCoreApplication>

namespace limitless::ui {

using campaigns::CampaignDraft;
using campaigns::CampaignWriteResult;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CampaignUndoCommand", text);
}
} // namespace

CampaignUndoCommand::CampaignUndoCommand(Kind kind, campaigns::CampaignService* service,
                                         Report report, QString id, QString code)
    : m_kind(kind), m_service(service), m_report(std::move(report)),
      m_id(std::make_shared<QString>(std::move(id))), m_code(std::move(code))
{}

CampaignUndoCommand* CampaignUndoCommand::created(campaigns::CampaignService* service,
                                                  Report report, const QString& id,
                                                  const QString& code, const CampaignDraft& draft)
{
    auto* c = new CampaignUndoCommand(Kind::Create, service, std::move(report), id, code);
    c->m_after = draft;
    c->m_skipRedo = true;
    c->setText(tr("Create campaign %1").arg(code));
    return c;
}

CampaignUndoCommand* CampaignUndoCommand::edited(campaigns::CampaignService* service, Report report,
                                                 const QString& id, const QString& code,
                                                 const CampaignDraft& before,
                                                 const CampaignDraft& after)
{
    auto* c = new CampaignUndoCommand(Kind::Edit, service, std::move(report), id, code);
    c->m_before = before;
    c->m_after = after;
    c->m_skipRedo = true;
    c->setText(tr("Edit campaign %1").arg(code));
    return c;
}

CampaignUndoCommand* CampaignUndoCommand::activeSet(campaigns::CampaignService* service,
                                                    Report report, const QString& id,
                                                    const QString& code, bool active)
{
    auto* c = new CampaignUndoCommand(Kind::SetActive, service, std::move(report), id, code);
    c->m_active = active;
    c->m_skipRedo = true;
    c->setText(active ? tr("Resume campaign %1").arg(code) : tr("Pause campaign %1").arg(code));
    return c;
}

void CampaignUndoCommand::finish(const CampaignWriteResult& result)
{
    if (m_report)
        m_report(result);
}

void CampaignUndoCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_service)
        return;
    // The service is the callbacks' context; the command itself may be deleted (stack cleared)
    // before the answer arrives, so the callbacks capture values, never `this`.
    const Report report = m_report;
    switch (m_kind) {
    case Kind::Create: {
        // Same code again: it was the campaign's, and printed ads may already carry it.
        const std::shared_ptr<QString> id = m_id;
        m_service->create(m_after, m_code, m_service, [id, report](const CampaignWriteResult& r) {
            if (r.ok())
                *id = r.id;
            if (report)
                report(r);
        });
        break;
    }
    case Kind::Edit:
        m_service->update(m_code, m_after, m_service, report);
        break;
    case Kind::SetActive:
        m_service->setActive(m_code, m_active, m_service, report);
        break;
    }
}

void CampaignUndoCommand::undo()
{
    if (!m_service)
        return;
    const Report report = m_report;
    switch (m_kind) {
    case Kind::Create:
        m_service->remove(*m_id, m_service, report);
        break;
    case Kind::Edit:
        m_service->update(m_code, m_before, m_service, report);
        break;
    case Kind::SetActive:
        m_service->setActive(m_code, !m_active, m_service, report);
        break;
    }
}

} // namespace limitless::ui
