#include "agent/StateChannels.h"

#include "langgraph/JsonText.h"

#include <QJsonArray>

namespace limitless::agent {

using langgraph::LcMessage;
using langgraph::TranscriptMessage;
using langgraph::JsonText::number;
using langgraph::JsonText::quoted;
using ChannelWrite = langgraph::CheckpointWriter::ChannelWrite;

namespace {

QByteArray text(const QString& s)
{
    return s.isEmpty() ? QByteArrayLiteral("null") : quoted(s.toUtf8());
}

QByteArray boolean(bool b)
{
    return b ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

} // namespace

QStringList StateChannels::names()
{
    return {QStringLiteral("messages"),
            QStringLiteral("current_stage"),
            QStringLiteral("qualified"),
            QStringLiteral("qualification_score"),
            QStringLiteral("business_type"),
            QStringLiteral("monthly_revenue"),
            QStringLiteral("main_pain_point"),
            QStringLiteral("pitch_delivered"),
            QStringLiteral("pitch_type"),
            QStringLiteral("payment_link_sent"),
            QStringLiteral("payment_completed"),
            QStringLiteral("preferred_plan"),
            QStringLiteral("email"),
            QStringLiteral("followup_count"),
            QStringLiteral("retrieved_chunks")};
}

QByteArray StateChannels::chunksJson(const QList<RetrievedChunk>& chunks)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const RetrievedChunk& c = chunks.at(i);
        if (i)
            out += ',';
        out += R"({"chunk_id":)" + quoted(c.chunkId.toUtf8()) + R"(,"document_id":)" +
               quoted(c.documentId.toUtf8()) + R"(,"filename":)" + quoted(c.filename.toUtf8()) +
               R"(,"category":)" + text(c.category) + R"(,"chunk_index":)" +
               number(qint64(c.chunkIndex)) + R"(,"page":)" +
               (c.page >= 0 ? number(qint64(c.page)) : QByteArrayLiteral("null")) + R"(,"text":)" +
               quoted(c.text.toUtf8()) + R"(,"fused_score":)" + number(c.fusedScore) +
               R"(,"similarity":)" + number(c.similarity) + R"(,"vector_rank":)" +
               number(qint64(c.vectorRank)) + R"(,"text_rank":)" + number(qint64(c.textRank)) + '}';
    }
    return out + ']';
}

QByteArray StateChannels::valueJson(const AgentState& s, const QString& channel)
{
    if (channel == QLatin1String("messages")) {
        QList<QByteArray> serialised;
        serialised.reserve(s.messages.size());
        for (const LcMessage& m : s.messages)
            serialised.append(m.toJson());
        return LcMessage::listJson(serialised);
    }
    if (channel == QLatin1String("current_stage"))
        return text(s.currentStage);
    if (channel == QLatin1String("qualified"))
        return boolean(s.qualified);
    if (channel == QLatin1String("qualification_score"))
        return number(s.qualificationScore);
    if (channel == QLatin1String("business_type"))
        return text(s.businessType);
    if (channel == QLatin1String("monthly_revenue"))
        return text(s.monthlyRevenue);
    if (channel == QLatin1String("main_pain_point"))
        return text(s.mainPainPoint);
    if (channel == QLatin1String("pitch_delivered"))
        return boolean(s.pitchDelivered);
    if (channel == QLatin1String("pitch_type"))
        return text(s.pitchType);
    if (channel == QLatin1String("payment_link_sent"))
        return boolean(s.paymentLinkSent);
    if (channel == QLatin1String("payment_completed"))
        return boolean(s.paymentCompleted);
    if (channel == QLatin1String("preferred_plan"))
        return text(s.preferredPlan);
    if (channel == QLatin1String("email"))
        return text(s.email);
    if (channel == QLatin1String("followup_count"))
        return number(qint64(s.followupCount));
    if (channel == QLatin1String("retrieved_chunks"))
        return chunksJson(s.retrievedChunks);
    return QByteArrayLiteral("null");
}

QList<ChannelWrite> StateChannels::all(const AgentState& state)
{
    QList<ChannelWrite> out;
    for (const QString& c : names())
        out.append({c.toUtf8(), valueJson(state, c)});
    return out;
}

QList<ChannelWrite> StateChannels::changed(const AgentState& before, const AgentState& after)
{
    QList<ChannelWrite> out;
    for (const QString& c : names()) {
        const QByteArray now = valueJson(after, c);
        if (now != valueJson(before, c))
            out.append({c.toUtf8(), now});
    }
    return out;
}

LcMessage StateChannels::toLcMessage(const TranscriptMessage& m)
{
    LcMessage out;
    out.id = m.id.toUtf8();
    out.content = m.content.toUtf8();
    out.name = m.name.toUtf8();
    switch (m.role) {
    case TranscriptMessage::Role::Human:
        out.kind = LcMessage::Kind::Human;
        break;
    case TranscriptMessage::Role::Ai:
        out.kind = LcMessage::Kind::Ai;
        for (const auto& c : m.toolCalls)
            out.toolCalls.append({c.name.toUtf8(), c.argsJson, c.id.toUtf8()});
        break;
    case TranscriptMessage::Role::Tool:
        out.kind = LcMessage::Kind::Tool;
        out.toolCallId = m.toolCallId.toUtf8();
        break;
    case TranscriptMessage::Role::System:
    case TranscriptMessage::Role::Unsupported:
        out.kind = LcMessage::Kind::System;
        break;
    }
    return out;
}

bool StateChannels::setField(AgentState& s, const QString& field, const QVariant& v, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const bool isNull = !v.isValid() || v.isNull();
    const auto str = [&](QString& target) {
        if (!isNull && v.typeId() != QMetaType::QString)
            return fail(tr("%1 must be text").arg(field));
        target = isNull ? QString() : v.toString();
        return true;
    };
    const auto flag = [&](bool& target) {
        if (v.typeId() != QMetaType::Bool)
            return fail(tr("%1 must be true or false").arg(field));
        target = v.toBool();
        return true;
    };
    if (field == QLatin1String("current_stage")) {
        if (!str(s.currentStage))
            return false;
        static const QStringList stages = {
            QStringLiteral("greeting"), QStringLiteral("qualification"),
            QStringLiteral("pitch"),    QStringLiteral("objection_handling"),
            QStringLiteral("close"),    QStringLiteral("complete"),
            QStringLiteral("nurture")};
        return stages.contains(s.currentStage) || fail(tr("%1 is not a stage").arg(s.currentStage));
    }
    if (field == QLatin1String("qualified"))
        return flag(s.qualified);
    if (field == QLatin1String("qualification_score")) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || d < 0 || d > 1)
            return fail(tr("qualification_score must be a number from 0 to 1"));
        s.qualificationScore = d;
        return true;
    }
    if (field == QLatin1String("business_type"))
        return str(s.businessType);
    if (field == QLatin1String("monthly_revenue"))
        return str(s.monthlyRevenue);
    if (field == QLatin1String("main_pain_point"))
        return str(s.mainPainPoint);
    if (field == QLatin1String("pitch_delivered"))
        return flag(s.pitchDelivered);
    if (field == QLatin1String("pitch_type"))
        return str(s.pitchType);
    if (field == QLatin1String("payment_link_sent"))
        return flag(s.paymentLinkSent);
    if (field == QLatin1String("payment_completed"))
        return flag(s.paymentCompleted);
    if (field == QLatin1String("preferred_plan"))
        return str(s.preferredPlan);
    if (field == QLatin1String("email"))
        return str(s.email);
    if (field == QLatin1String("followup_count")) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0)
            return fail(tr("followup_count must be a whole number ≥ 0"));
        s.followupCount = n;
        return true;
    }
    return fail(tr("%1 is not a state field").arg(field));
}

AgentState StateChannels::fromDecoded(const QList<TranscriptMessage>& messages,
                                      const QVariantMap& values)
{
    AgentState s;
    for (const TranscriptMessage& m : messages)
        s.messages.append(toLcMessage(m));
    const auto str = [&](const char* key) { return values.value(QLatin1String(key)).toString(); };
    s.currentStage = str("current_stage");
    s.qualified = values.value(QStringLiteral("qualified")).toBool();
    s.qualificationScore = values.value(QStringLiteral("qualification_score")).toDouble();
    s.businessType = str("business_type");
    s.monthlyRevenue = str("monthly_revenue");
    s.mainPainPoint = str("main_pain_point");
    s.pitchDelivered = values.value(QStringLiteral("pitch_delivered")).toBool();
    s.pitchType = str("pitch_type");
    s.paymentLinkSent = values.value(QStringLiteral("payment_link_sent")).toBool();
    s.paymentCompleted = values.value(QStringLiteral("payment_completed")).toBool();
    s.preferredPlan = str("preferred_plan");
    s.email = str("email");
    s.followupCount = values.value(QStringLiteral("followup_count")).toInt();
    for (const QVariant& v : values.value(QStringLiteral("retrieved_chunks")).toList()) {
        const QVariantMap m = v.toMap();
        RetrievedChunk c;
        c.chunkId = m.value(QStringLiteral("chunk_id")).toString();
        c.documentId = m.value(QStringLiteral("document_id")).toString();
        c.filename = m.value(QStringLiteral("filename")).toString();
        c.category = m.value(QStringLiteral("category")).toString();
        c.chunkIndex = m.value(QStringLiteral("chunk_index")).toInt();
        const QVariant page = m.value(QStringLiteral("page"));
        c.page = page.isNull() ? -1 : page.toInt();
        c.text = m.value(QStringLiteral("text")).toString();
        c.fusedScore = m.value(QStringLiteral("fused_score")).toDouble();
        c.similarity = m.value(QStringLiteral("similarity")).toDouble();
        c.vectorRank = m.value(QStringLiteral("vector_rank")).toInt();
        c.textRank = m.value(QStringLiteral("text_rank")).toInt();
        s.retrievedChunks.append(c);
    }
    return s;
}

QJsonObject StateChannels::toJson(const AgentState& s)
{
    const auto orNull = [](const QString& v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    QJsonArray chunks;
    for (const RetrievedChunk& c : s.retrievedChunks)
        chunks.append(
            QJsonObject{{QStringLiteral("chunk_id"), c.chunkId},
                        {QStringLiteral("filename"), c.filename},
                        {QStringLiteral("category"), orNull(c.category)},
                        {QStringLiteral("chunk_index"), c.chunkIndex},
                        {QStringLiteral("page"), c.page >= 0 ? QJsonValue(c.page) : QJsonValue()},
                        {QStringLiteral("fused_score"), c.fusedScore},
                        {QStringLiteral("similarity"), c.similarity},
                        {QStringLiteral("vector_rank"), c.vectorRank},
                        {QStringLiteral("text_rank"), c.textRank}});
    return QJsonObject{{QStringLiteral("current_stage"), orNull(s.currentStage)},
                       {QStringLiteral("qualified"), s.qualified},
                       {QStringLiteral("qualification_score"), s.qualificationScore},
                       {QStringLiteral("business_type"), orNull(s.businessType)},
                       {QStringLiteral("monthly_revenue"), orNull(s.monthlyRevenue)},
                       {QStringLiteral("main_pain_point"), orNull(s.mainPainPoint)},
                       {QStringLiteral("pitch_delivered"), s.pitchDelivered},
                       {QStringLiteral("pitch_type"), orNull(s.pitchType)},
                       {QStringLiteral("payment_link_sent"), s.paymentLinkSent},
                       {QStringLiteral("payment_completed"), s.paymentCompleted},
                       {QStringLiteral("preferred_plan"), orNull(s.preferredPlan)},
                       {QStringLiteral("email"), orNull(s.email)},
                       {QStringLiteral("followup_count"), s.followupCount},
                       {QStringLiteral("total_messages"), int(s.messages.size())},
                       {QStringLiteral("retrieved_chunks"), chunks}};
}

} // namespace limitless::agent
