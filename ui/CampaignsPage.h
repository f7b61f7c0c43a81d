#pragma once

#include "CampaignsFilterModel.h"
#include "campaigns/CampaignService.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QPushButton;
class QUndoStack;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace limitless::db {
class Database;
}

namespace limitless::models {
class CampaignsModel;
}

namespace limitless::campaigns {
class CampaignService;
struct CampaignWriteResult;
} // namespace limitless::campaigns

namespace limitless::ui {

class Banner;
class CampaignEditorDialog;
class QrCodeDialog;

// The Campaigns page: every campaign with its funnel counters in a sortable table, a text
// filter and platform / status filters, an empty state that says what to expect, and a banner
// for errors. Rows update live (see CampaignsModel) without losing the selection.
//
// Editing: create, edit, pause/resume go through a QUndoStack (Ctrl+Z / Ctrl+Shift+Z on the
// page); delete asks first and is refused for campaigns with conversations (pause instead).
// Each campaign's link (Settings' base URL + code) can be copied, opened or shown as a QR code.
class CampaignsPage : public QWidget {
    Q_OBJECT

public:
    explicit CampaignsPage(db::Database* database, QWidget* parent = nullptr);

    models::CampaignsModel* model() const { return m_model; }
    models::CampaignsFilterModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    Banner* banner() const { return m_banner; }
    // Which of the table or an empty-state message is shown.
    bool isShowingTable() const;
    QString emptyStateTitle() const;

    campaigns::CampaignService* service() const { return m_service; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    // The campaign row (source model) of the current selection, or -1.
    int selectedRow() const;
    void selectCampaign(const QString& id);
    // The dialogs the actions open (non-modal for the event loop: tests drive them).
    CampaignEditorDialog* editorDialog() const;
    QrCodeDialog* qrCodeDialog() const;

    // Column widths, order and sort, for the window's saved state.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

public slots:
    void refresh();
    void clearFilters();
    void newCampaign();
    void editSelected();
    void toggleSelectedActive();
    void deleteSelected();
    void copySelectedLink();
    void openSelectedLink();
    void showSelectedQrCode();
    // Sign-out: forget the undo history, messages and any open editor.
    void resetSession();

private:
    QWidget* buildEmptyState();
    void fitColumns(bool growOnly);
    void updatePlatforms();
    void updateView();
    void onError();
    QWidget* buildActions();
    void updateActions();
    void reportWrite(const campaigns::CampaignWriteResult& result, const QString& success);
    // After a write from the editor: unlocks it, shows a failure there; true when it succeeded.
    bool settleEditor(const QPointer<CampaignEditorDialog>& open,
                      const campaigns::CampaignWriteResult& result);
    std::function<void(const campaigns::CampaignWriteResult&)> undoReport(const QString& success);

    models::CampaignsModel* m_model;
    models::CampaignsFilterModel* m_proxy;
    QLabel* m_subtitle;
    QLineEdit* m_filter;
    QComboBox* m_platform;
    QComboBox* m_status;
    QToolButton* m_refresh;
    Banner* m_banner;
    QStackedWidget* m_content;
    QTableView* m_view;
    QLabel* m_emptyIcon;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QToolButton* m_emptyAction;
    campaigns::CampaignService* m_service;
    QUndoStack* m_undo;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_link = nullptr;
    QPointer<CampaignEditorDialog> m_editor;
    QPointer<QrCodeDialog> m_qrDialog;
    bool m_showingLoadError = false;
    QString m_selectWhenLoaded; // a campaign just created here
};

} // namespace limitless::ui
